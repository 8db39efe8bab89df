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

// Only an enhancement: a tap (or click) on a phase or a mark of the drawing shows what its tooltip says
// beside the drawing, as a phone shows no tooltips. The list of events under the drawing says the same
// without this script. The marks are not made focusable: the drawing is one image to assistive technology.
(function () {
  var drawing = document.querySelector('.timeline-drawing-wrap svg');
  var picked = document.getElementById('timeline-picked');
  if (!drawing || !picked) {
    return;
  }
  drawing.addEventListener('click', function (event) {
    var part = event.target.closest('.phases .segment, .observations .segment, .events .mark');
    var title = part && part.querySelector('title');
    if (!title) {
      return;
    }
    var chosen = drawing.querySelector('.picked');
    if (chosen) {
      chosen.classList.remove('picked');
    }
    part.classList.add('picked');
    picked.textContent = title.textContent;
  });
})();
