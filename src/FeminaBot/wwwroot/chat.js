// Starts Web Chat against FeminaBot's own Direct Line: a short-lived token from the host, never a secret.
// Add ?polling to the address to poll instead of using the WebSocket stream.
(async function () {
  const status = document.getElementById('status');
  const chat = document.getElementById('chat');
  const polling = new URLSearchParams(window.location.search).has('polling');

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
      webSocket: !polling
    });

    window.WebChat.renderWebChat(
      {
        directLine,
        locale: 'en-US',
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
          sendBoxPlaceholder: 'Type how you feel, or ask about office hours',
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
    chat.querySelector('input, textarea')?.focus();
  } catch (error) {
    status.textContent = 'Sorry, the chat could not start. Please refresh the page, or call one of our offices. If you are in danger, call 911.';
    console.error(error);
  }
})();
