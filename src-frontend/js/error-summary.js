// After a form comes back with errors, the error summary takes the focus, so that a screen reader reads it first and a
// keyboard user starts from its links to the fields (GOV.UK Design System, "Error summary": "move keyboard focus to
// the error summary"). The summary has tabindex="-1" so that it can hold the focus.
const summary = document.querySelector('.error-summary');
if (summary) {
  summary.focus();
}
