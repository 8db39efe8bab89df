// Only an enhancement: while the as-of slider moves, the day it points at is shown beside it. The form
// works the same without this script (the day is shown after sending it).
(function () {
  var slider = document.getElementById('day');
  var shown = document.getElementById('day-date');
  if (!slider || !shown) {
    return;
  }
  var first = new Date(slider.getAttribute('data-first') + 'T00:00:00Z');
  var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  slider.addEventListener('input', function () {
    var day = new Date(first.getTime() + Number(slider.value) * 86400000);
    shown.textContent = format.format(day);
    slider.setAttribute('aria-valuetext', shown.textContent);
  });
})();
