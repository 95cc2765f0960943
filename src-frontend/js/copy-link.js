// Copy buttons: a button with data-copy="<id of a text field>" copies that field's text to the clipboard.
// The buttons are hidden in the page and shown here, so that without JavaScript only the selectable field remains.
(function () {
  'use strict';
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field || !navigator.clipboard) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.getAttribute('data-copied');
        // After two seconds (our choice: time to read one word) the button reads "Copy" again.
        window.setTimeout(function () { button.textContent = label; }, 2000);
      }, function () {
        field.select();
      });
    });
  });
})();
