// Lists with checkboxes and one action (approve or return several): "select all", and the number selected on the buttons.
(function () {
  'use strict';
  function update(form) {
    var boxes = form.querySelectorAll('input[type=checkbox][data-bulk-item]');
    var n = 0;
    boxes.forEach(function (b) { if (b.checked) { n++; } });
    form.querySelectorAll('[data-bulk-count]').forEach(function (el) { el.textContent = n; });
    form.querySelectorAll('[data-bulk-action]').forEach(function (button) { button.disabled = n === 0; });
    var all = form.querySelector('[data-bulk-all]');
    if (all) {
      all.checked = n > 0 && n === boxes.length;
      all.indeterminate = n > 0 && n < boxes.length;
    }
  }
  document.querySelectorAll('form[data-bulk]').forEach(function (form) {
    form.addEventListener('change', function (event) {
      if (event.target.matches('[data-bulk-all]')) {
        form.querySelectorAll('input[type=checkbox][data-bulk-item]').forEach(function (b) {
          b.checked = event.target.checked;
        });
      }
      update(form);
    });
    update(form);
  });
})();
