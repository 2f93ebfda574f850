// Starts Web Chat against FeminaBot's own Direct Line: a short-lived token from the host, never a secret.
// Add ?polling to the address to poll instead of using the WebSocket stream.
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

    const response = await fetch(new URL('api/directline/token', window.location.href), { method: 'POST' });
    if (!response.ok) {
      throw new Error('No chat token: HTTP ' + response.status);
    }

    const { token } = await response.json();
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: new URL('v3/directline', window.location.href).href,
      webSocket: !polling,
      // The greeting, sent when the conversation starts, is in the page's language.
      conversationStartProperties: { locale: locales[language] }
    });
    const store = window.WebChat.createStore({}, ({ dispatch }) => next => action => {
      const result = next(action);
      if (action.type === 'WEB_CHAT/SET_LANGUAGE' && announce && action.payload.language === locales[announce]) {
        const value = announce;
        announce = null;
        dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'language', value } });
      }

      return result;
    });

    webChat = { directLine, store };
    render();
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
