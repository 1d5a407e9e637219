// The validation page: draws a check's findings from the data block when its section is first opened
// (as text, never markup), filters checks by status, and opens a check's section from the table.
(function () {
  'use strict';
  var doc = document;
  var el = BH.el;
  var add = BH.add;
  var data = JSON.parse(doc.getElementById('data').textContent);
  var sections = Array.prototype.slice.call(doc.querySelectorAll('details.check'));
  var rows = Array.prototype.slice.call(doc.querySelectorAll('#checks tbody tr'));
  var filters = Array.prototype.slice.call(doc.querySelectorAll('input.st-filter'));

  function drawFindings(details) {
    if (details.dataset.drawn) { return; }
    details.dataset.drawn = '1';
    var check = data.checks[Number(details.dataset.index)];
    var box = details.querySelector('.findings');
    if (!check.findings.length) { add(box, el('p', 'note', 'No findings.')); return; }
    var table = add(box, el('table', 'findings-table'));
    var head = add(add(table, el('thead')), el('tr'));
    ['cases', 'where', 'finding'].forEach(function (t) { add(head, el('th', null, t)); });
    var body = add(table, el('tbody'));
    check.findings.forEach(function (f) {
      var tr = add(body, el('tr'));
      add(tr, el('td', 'mono', f.c.join(', ')));
      add(tr, el('td', 'mono', f.f ? f.f + ':' + f.l : ''));
      add(tr, el('td', 'reason', f.m));
    });
    if (check.total > check.findings.length) {
      add(box, el('p', 'note', BH.fmtInt(check.total - check.findings.length) + ' more findings were not kept ('
        + 'the report keeps the first ' + BH.fmtInt(check.findings.length) + ').'));
    }
  }

  function applyFilter() {
    var shown = {};
    filters.forEach(function (f) { shown[f.value] = f.checked; });
    var visible = 0;
    rows.forEach(function (r) {
      var on = shown[r.dataset.status];
      r.classList.toggle('hidden', !on);
      if (on) { visible++; }
    });
    sections.forEach(function (s) { s.classList.toggle('hidden', !shown[s.dataset.status]); });
    doc.getElementById('shown').textContent = visible + ' of ' + rows.length + ' checks shown';
  }

  sections.forEach(function (s) {
    s.addEventListener('toggle', function () { if (s.open) { drawFindings(s); } });
  });
  filters.forEach(function (f) { f.addEventListener('change', applyFilter); });
  Array.prototype.forEach.call(doc.querySelectorAll('#checks a'), function (a) {
    a.addEventListener('click', function () {
      var target = doc.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
      if (target) { target.open = true; }
    });
  });
  doc.getElementById('open-all').addEventListener('click', function () {
    sections.forEach(function (s) { if (!s.classList.contains('hidden')) { s.open = true; } });
  });
  doc.getElementById('close-all').addEventListener('click', function () {
    sections.forEach(function (s) { s.open = false; });
  });
  applyFilter();
  doc.body.dataset.ready = '1';
}());
