// Starts Web Chat against FeminaBot's own Direct Line: a short-lived token from the host, never a secret.
// Add ?polling to the address to poll instead of using the WebSocket stream.
// After a yes to a check-in (and only then) the page keeps its conversation in localStorage, so that
// opened again it comes back to it and shows the check-in; a cancel or "delete my data" forgets it.
(async function () {
  // The page's own words; Web Chat's own come with its locale.
  const texts = {
    en: {
      title: 'FeminaBot · Femina Physical Therapy',
      language: 'Language',
      about: 'Help with breastfeeding pain, from Femina Physical Therapy. General guidance only, not a substitute for your doctor or midwife.',
      urgent: 'If you are in danger, call 911.',
      shortAbout: 'General guidance only.',
      shortUrgent: 'In danger? Call 911.',
      chat: 'Chat with FeminaBot',
      placeholder: 'Type how you feel, or ask about office hours',
      error: 'Sorry, the chat could not start. Please refresh the page, or call one of our offices. If you are in danger, call 911.'
    },
    es: {
      title: 'FeminaBot · Femina Physical Therapy',
      language: 'Idioma',
      about: 'Ayuda con el dolor al amamantar, de Femina Physical Therapy. Solo orientación general; no sustituye a su médico ni a su partera.',
      urgent: 'Si está en peligro, llame al 911.',
      shortAbout: 'Solo orientación.',
      shortUrgent: '¿En peligro? Llame al 911.',
      chat: 'Chat con FeminaBot',
      placeholder: 'Escriba cómo se siente o pregunte por el horario',
      error: 'Lo sentimos, el chat no pudo iniciarse. Actualice la página o llame a una de nuestras oficinas. Si está en peligro, llame al 911.'
    }
  };
  const locales = { en: 'en-US', es: 'es-US' };
  const saved = 'feminabot.language';
  // { conversationId, token, due, until } while a check-in is pending; nothing otherwise.
  const checkInKey = 'feminabot.checkIn';
  const tokenUrl = new URL('api/directline/token', window.location.href);

  const status = document.getElementById('status');
  const chat = document.getElementById('chat');
  const polling = new URLSearchParams(window.location.search).has('polling');

  let language = remembered() ?? (/^es\b/i.test(navigator.language || '') ? 'es' : 'en');
  let webChat = null;
  let failed = false;
  // A switch the bot has yet to hear of: told once Web Chat has taken the new locale, so the event carries it too.
  let announce = null;

  function remembered() {
    try {
      const value = window.localStorage.getItem(saved);
      return value in texts ? value : null;
    } catch {
      return null; // Storage blocked: the browser's language it is.
    }
  }

  function storedCheckIn() {
    try {
      const entry = JSON.parse(window.localStorage.getItem(checkInKey));
      return entry && typeof entry.conversationId === 'string' && typeof entry.token === 'string' ? entry : null;
    } catch {
      return null;
    }
  }

  // The conversation to come back to: until a day after its check-in is due (the host keeps it that long).
  function pendingCheckIn() {
    const entry = storedCheckIn();
    if (entry && Date.parse(entry.until) > Date.now()) {
      return entry;
    }

    forgetCheckIn();
    return null;
  }

  function keepCheckIn(entry) {
    try {
      window.localStorage.setItem(checkInKey, JSON.stringify(entry));
    } catch {
      // Storage blocked: the check-in still comes, seen if this page stays open.
    }
  }

  function forgetCheckIn() {
    try {
      window.localStorage.removeItem(checkInKey);
    } catch {
      // Storage blocked: nothing was kept.
    }
  }

  // The host's events, which Web Chat does not show: a check-in kept (with when it is due) or cancelled,
  // and a transcript erased by "delete my data".
  function heard(activity, directLine) {
    if (activity.type !== 'event') {
      return;
    }

    if (activity.name === 'feminabot.checkIn') {
      const value = activity.value;
      if (value && value.due && value.until) {
        keepCheckIn({ conversationId: activity.conversation.id, token: directLine.token, due: value.due, until: value.until });
      } else {
        forgetCheckIn();
      }
    } else if (activity.name === 'feminabot.erased') {
      forgetCheckIn();
    }
  }

  // Web Chat refreshes the token every 15 minutes; the newest is kept, so coming back asks with a recent one.
  function keepNewestToken(directLine) {
    const entry = storedCheckIn();
    if (entry && entry.conversationId === directLine.conversationId && directLine.token && entry.token !== directLine.token) {
      keepCheckIn({ ...entry, token: directLine.token });
    }
  }

  // A token for the pending check-in's conversation if there is one and the host still keeps it;
  // otherwise a token for a new one.
  async function conversationToken() {
    const pending = pendingCheckIn();
    if (pending) {
      const response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ resume: pending.token })
      });
      if (response.ok) {
        const { token, conversationId } = await response.json();
        return { token, conversationId };
      }

      if (response.status === 429 || response.status >= 500) {
        throw new Error('Could not come back to the conversation: HTTP ' + response.status);
      }

      // Refused (too old, gone, not ours): a new conversation, and nothing kept.
      forgetCheckIn();
    }

    const response = await fetch(tokenUrl, { method: 'POST' });
    if (!response.ok) {
      throw new Error('No chat token: HTTP ' + response.status);
    }

    const { token } = await response.json();
    return { token, conversationId: undefined };
  }

  function showTexts() {
    const words = texts[language];
    document.documentElement.lang = language;
    document.title = words.title;
    document.querySelectorAll('[data-text]').forEach(e => { e.textContent = words[e.dataset.text]; });
    document.querySelectorAll('[data-text-label]').forEach(e => e.setAttribute('aria-label', words[e.dataset.textLabel]));
    document.querySelectorAll('[data-language]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.language === language)));
    if (failed) {
      status.textContent = words.error;
    }
  }

  function render() {
    // Rendered again on a switch with the same Direct Line and store: the transcript stays.
    window.WebChat.renderWebChat(
      {
        directLine: webChat.directLine,
        store: webChat.store,
        locale: locales[language],
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: texts[language].placeholder },
        styleOptions: {
          accent: '#8a1f52',
          backgroundColor: '#ffffff',
          bubbleBackground: '#f3f0f2',
          bubbleTextColor: '#1f1f1f',
          bubbleFromUserBackground: '#8a1f52',
          bubbleFromUserTextColor: '#ffffff',
          bubbleBorderRadius: 12,
          bubbleFromUserBorderRadius: 12,
          primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
          fontSizeSmall: '80%',
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          suggestedActionBackgroundColor: '#ffffff',
          suggestedActionBorderColor: '#8a1f52',
          suggestedActionTextColor: '#8a1f52',
          suggestedActionBorderRadius: 16,
          botAvatarInitials: 'FB',
          userAvatarInitials: 'You'
        }
      },
      chat
    );
  }

  function choose(next) {
    if (next === language || !(next in texts)) {
      return;
    }

    language = next;
    try {
      window.localStorage.setItem(saved, next);
    } catch {
      // Storage blocked: the choice lasts for this page.
    }

    showTexts();
    if (webChat) {
      announce = next;
      render();
    }
  }

  document.querySelector('.languages').addEventListener('click', e => {
    const button = e.target.closest('[data-language]');
    if (button) {
      choose(button.dataset.language);
    }
  });
  showTexts();

  try {
    if (!window.WebChat) {
      throw new Error('The Web Chat bundle did not load.');
    }

    const { token, conversationId } = await conversationToken();
    const directLine = window.WebChat.createDirectLine({
      token,
      // Given, DirectLineJS reconnects to it and fetches its whole transcript; no greeting is sent again.
      conversationId,
      domain: new URL('v3/directline', window.location.href).href,
      webSocket: !polling,
      // The greeting, sent when the conversation starts, is in the page's language.
      conversationStartProperties: { locale: locales[language] }
    });
    const store = window.WebChat.createStore({}, ({ dispatch }) => next => action => {
      const result = next(action);
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
        heard(action.payload.activity, directLine);
        keepNewestToken(directLine);
      }

      if (action.type === 'WEB_CHAT/SET_LANGUAGE' && announce && action.payload.language === locales[announce]) {
        const value = announce;
        announce = null;
        dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'language', value } });
      }

      return result;
    });

    webChat = { directLine, store };
    render();
    // Leaving the page (or a phone putting it away) keeps the newest token with a pending check-in.
    window.addEventListener('pagehide', () => keepNewestToken(directLine));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        keepNewestToken(directLine);
      }
    });
    // A phone's keyboard would cover half the chat before the parent has read it.
    if (window.matchMedia('(pointer: fine)').matches) {
      chat.querySelector('input, textarea')?.focus();
    }
  } catch (error) {
    failed = true;
    showTexts();
    console.error(error);
  }
})();
