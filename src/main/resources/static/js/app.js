// ChiSo page behaviour. No inline scripts: the Content-Security-Policy allows only files served by the app.
(function () {
  'use strict';
  var root = document.documentElement;
  var SIZE_KEY = 'chiso.textSize';
  var CONTRAST_KEY = 'chiso.highContrast';

  function applyTextSize(size) {
    root.classList.remove('text-small', 'text-large');
    if (size === 'small') { root.classList.add('text-small'); }
    if (size === 'large') { root.classList.add('text-large'); }
  }

  function applyContrast(on) {
    root.classList.toggle('high-contrast', on);
  }

  try {
    applyTextSize(localStorage.getItem(SIZE_KEY) || 'normal');
    applyContrast(localStorage.getItem(CONTRAST_KEY) === '1');
  } catch (e) { /* storage unavailable: defaults */ }

  document.addEventListener('click', function (event) {
    var sizeButton = event.target.closest('[data-text-size]');
    if (sizeButton) {
      var size = sizeButton.getAttribute('data-text-size');
      applyTextSize(size);
      try { localStorage.setItem(SIZE_KEY, size); } catch (e) { /* ignore */ }
      return;
    }
    var contrastButton = event.target.closest('[data-contrast-toggle]');
    if (contrastButton) {
      var on = !root.classList.contains('high-contrast');
      applyContrast(on);
      try { localStorage.setItem(CONTRAST_KEY, on ? '1' : '0'); } catch (e) { /* ignore */ }
    }
  });

  // Leaving a page with unsaved changes asks first: <form data-warn-unsaved>. A form is "changed" once the user types
  // or picks something in it, and no longer once it is submitted (its own submit leaves the page on purpose). Evidence
  // panels post with htmx and replace only themselves, so the typed text stays and stays "changed".
  var changedForms = new Set();
  function trackChange(event) {
    var form = event.target && event.target.form;
    if (form && form.hasAttribute('data-warn-unsaved')) { changedForms.add(form); }
  }
  document.addEventListener('input', trackChange);
  document.addEventListener('change', trackChange);
  document.addEventListener('submit', function (event) {
    if (!event.defaultPrevented) { changedForms.delete(event.target); }
  });
  window.addEventListener('beforeunload', function (event) {
    var unsaved = false;
    changedForms.forEach(function (form) { if (document.body.contains(form)) { unsaved = true; } });
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Forms that change important state ask first: <form data-confirm="...">
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute && form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();
