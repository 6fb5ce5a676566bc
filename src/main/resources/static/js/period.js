// The period screen: rows saved in place by htmx, "save and next" by keyboard, evidence sent as soon as a file is
// chosen, and a warning before leaving with rows typed but not saved.
(function () {
  'use strict';
  var FIELDS = 'select[form^="row-"], textarea[form^="row-"], input[form^="row-"]:not([type=hidden])';

  function rowOf(el) { return el && el.closest ? el.closest('tr.period-row') : null; }

  function firstField(row) { return row ? row.querySelector(FIELDS) : null; }

  function updateCount() {
    var count = document.getElementById('completeCount');
    if (count) { count.textContent = document.querySelectorAll('input[form="sendAllForm"]').length; }
  }

  document.addEventListener('input', function (event) {
    var row = rowOf(event.target);
    if (row && event.target.matches(FIELDS)) { row.classList.add('period-dirty'); }
  });
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.classList && target.classList.contains('period-file') && target.files && target.files.length) {
      target.form.requestSubmit();
      return;
    }
    var row = rowOf(target);
    if (row && target.matches(FIELDS)) { row.classList.add('period-dirty'); }
  });

  // Ctrl+Enter (or Cmd+Enter) anywhere in a row: save it and go to the next row
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) { return; }
    var row = rowOf(event.target);
    var next = row ? row.querySelector('.period-save-next') : null;
    if (next) {
      event.preventDefault();
      next.click();
    }
  });

  document.addEventListener('htmx:load', function (event) {
    var row = event.detail.elt;
    if (!row || !row.matches || !row.matches('tr.period-row')) { return; }
    updateCount();
    if (row.getAttribute('data-focus-next') === 'true') {
      var next = row.nextElementSibling;
      while (next && !firstField(next)) { next = next.nextElementSibling; }
      var field = firstField(next);
      if (field) {
        field.scrollIntoView({ block: 'center', behavior: 'instant' });
        field.focus();
      }
    } else if (row.getAttribute('data-saved') !== 'true') {
      var invalid = row.querySelector('.is-invalid') || firstField(row);
      if (invalid && row.getAttribute('data-stale') !== 'true') { invalid.focus(); }
    }
  });

  var leaving = false;
  document.addEventListener('submit', function (event) {
    if (!event.target.hasAttribute('hx-post') && !event.defaultPrevented) { leaving = true; }
  });
  window.addEventListener('beforeunload', function (event) {
    if (!leaving && document.querySelector('tr.period-dirty')) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
