(function () {
  'use strict';
  // BenchmarkHub comparison of two runs. Every text from a model or a dataset is inserted with
  // textContent, never as markup; the changed trials come from the JSON block #data, never from eval.
  var doc = document;
  var PAGE = 50;
  var KIND = { W: 'worse', B: 'better', E: 'error' };
  /** Above this many LCS cells a diff is drawn only when opened; above MAX_CELLS not at all. */
  var EAGER_CELLS = 250000;
  var MAX_CELLS = 4000000;

  var el = BH.el;
  var add = BH.add;
  var fmtInt = BH.fmtInt;
  var badge = BH.badge;
  function renderVerdict(v, parent) { BH.renderVerdict(v, parent, judges); }

  var data = JSON.parse(doc.getElementById('data').textContent);
  var models = data.m || [];
  var judges = data.j || [];
  var changes = data.c || [];
  var state = { model: -1, kind: '', q: '', page: 0 };
  var shown = [];

  var fModel = doc.getElementById('f-model');
  var fKind = doc.getElementById('f-kind');
  var fQ = doc.getElementById('f-q');
  var table = doc.getElementById('changes');
  var info = doc.getElementById('p-info');
  var count = doc.getElementById('f-count');

  models.forEach(function (m, i) {
    var o = el('option', null, m);
    o.value = String(i);
    fModel.appendChild(o);
  });

  // ---- filtering and search
  function verdictText(v, out) {
    out.push(judges[v.j] || '', v.r || '');
    (v.p || []).forEach(function (p) { verdictText(p, out); });
  }
  function trialText(t, out) {
    if (!t) { return; }
    out.push(t.t || '');
    if (t.e) { out.push(t.e[1], t.e[2]); }
    (t.v || []).forEach(function (v) { verdictText(v, out); });
  }
  function haystack(c) {
    if (c._h === undefined) {
      var out = [c.id, c['in'] || '', c.x || '', c.bin || '', c.bx || '', models[c.m] || ''];
      (c.msg || []).forEach(function (m) { out.push(m[1]); });
      trialText(c.b, out);
      trialText(c.a, out);
      c._h = out.join('\n').toLowerCase();
    }
    return c._h;
  }
  function matches(c) {
    if (state.model >= 0 && c.m !== state.model) { return false; }
    if (state.kind && c.k !== state.kind) { return false; }
    return !state.q || haystack(c).indexOf(state.q) >= 0;
  }
  function refilter() {
    shown = changes.filter(matches);
    var tally = { W: 0, B: 0, E: 0 };
    shown.forEach(function (c) { tally[c.k]++; });
    count.textContent = fmtInt(shown.length) + ' of ' + fmtInt(changes.length) + ' changed trials: '
      + fmtInt(tally.W) + ' worse, ' + fmtInt(tally.B) + ' better, ' + fmtInt(tally.E) + ' errors';
    state.page = 0;
  }

  // ---- word diff of the baseline's answer against the candidate's (LCS over words)
  function diffCell(c, td) {
    add(td, el('span', 'lbl', 'word diff, baseline → candidate'));
    var before = c.b && typeof c.b.t === 'string' ? c.b.t : null;
    var after = c.a && typeof c.a.t === 'string' ? c.a.t : null;
    if (before === null || after === null) {
      add(td, el('span', 'tmeta', before === null && after === null ? 'neither run has an answer'
        : (before === null ? 'the baseline' : 'the candidate') + ' has no answer'));
      return;
    }
    if (before === after) {
      add(td, el('span', 'tmeta', 'the answers are the same'));
      return;
    }
    var a = BH.words(before);
    var b = BH.words(after);
    var cells = (a.length + 1) * (b.length + 1);
    if (cells > MAX_CELLS) {
      add(td, el('span', 'tmeta', 'too long to diff (' + a.length + ' × ' + b.length + ' words)'));
      return;
    }
    if (cells <= EAGER_CELLS) {
      BH.wordDiff(a, b, add(td, el('div', 'diff mono')));
      return;
    }
    var det = add(td, el('details'));
    add(det, el('summary', null, 'show the diff (' + a.length + ' × ' + b.length + ' words)'));
    var box = add(det, el('div', 'diff mono'));
    det.addEventListener('toggle', function () {
      if (det.open && !box.firstChild) { BH.wordDiff(a, b, box); }
    });
  }

  // ---- rendering of one page of changes
  function renderSide(t, td, label) {
    add(td, el('span', 'lbl', label));
    if (!t) {
      add(td, el('span', 'tmeta', 'not in this run'));
      return;
    }
    add(td, badge(t.s));
    if (typeof t.sc === 'number') { add(td, el('span', 'tmeta sc', 'score ' + t.sc.toFixed(3))); }
    if (typeof t.t === 'string') {
      add(td, el('pre', 'answer', t.t));
    } else {
      add(td, el('div', 'tmeta', 'no answer'));
    }
    if (t.f) { add(td, el('div', 'tmeta', 'finish ' + t.f)); }
    (t.v || []).forEach(function (v) { renderVerdict(v, td); });
    if (t.e) { add(td, el('div', 'error', t.e[0] + ' ' + t.e[1] + ': ' + t.e[2])); }
  }
  function renderChange(c) {
    var body = el('tbody', 'change');
    body.setAttribute('data-kind', c.k);
    body.setAttribute('data-model', String(c.m));
    var head = add(add(body, el('tr', 'head')), el('td'));
    head.colSpan = 2;
    add(head, el('span', 'kind kind-' + c.k, KIND[c.k] || c.k));
    add(head, el('span', 'model', models[c.m]));
    head.appendChild(doc.createTextNode(' '));
    add(head, el('span', 'cid', c.ci !== undefined ? c.ci : c.id));
    if (c.r) { add(head, el('span', 'tmeta', 'repeat ' + c.r)); }
    add(head, el('span', 'lbl', c.msg ? 'input (conversation)' : 'input'));
    if (c.msg) {
      c.msg.forEach(function (m) { add(head, el('pre', 'input', m[0] + ': ' + m[1])); });
    } else if (typeof c['in'] === 'string') {
      add(head, el('pre', 'input', c['in']));
    }
    if (typeof c.bin === 'string') {
      add(head, el('span', 'lbl', 'baseline input (it differs)'));
      add(head, el('pre', 'input base-input', c.bin));
    }
    if (typeof c.x === 'string') {
      add(head, el('span', 'lbl', 'expected'));
      add(head, el('pre', 'expected', c.x));
    }
    if (typeof c.bx === 'string') {
      add(head, el('span', 'lbl', 'baseline expected (it differs)'));
      add(head, el('pre', 'expected base-expected', c.bx));
    }
    var row = add(body, el('tr', 'sides'));
    renderSide(c.b, add(row, el('td', 'side base')), 'baseline');
    renderSide(c.a, add(row, el('td', 'side cand')), 'candidate');
    var d = add(add(body, el('tr', 'diffrow')), el('td'));
    d.colSpan = 2;
    diffCell(c, d);
    return body;
  }
  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    if (state.page >= pages) { state.page = pages - 1; }
    if (state.page < 0) { state.page = 0; }
    Array.prototype.slice.call(table.tBodies).forEach(function (b) { table.removeChild(b); });
    var from = state.page * PAGE;
    var to = Math.min(shown.length, from + PAGE);
    for (var k = from; k < to; k++) { table.appendChild(renderChange(shown[k])); }
    if (!shown.length) {
      var td = add(add(add(table, el('tbody')), el('tr')), el('td', 'empty',
        changes.length ? 'no changed trial matches the filters' : 'no trial changed'));
      td.colSpan = 2;
    }
    info.textContent = shown.length ? 'changes ' + fmtInt(from + 1) + '–' + fmtInt(to) + ' of ' + fmtInt(shown.length)
      + ' · page ' + (state.page + 1) + ' of ' + pages : 'page 1 of 1';
    table.setAttribute('data-page', String(state.page + 1));
    Array.prototype.forEach.call(doc.querySelectorAll('.p-prev'), function (b) { b.disabled = state.page === 0; });
    Array.prototype.forEach.call(doc.querySelectorAll('.p-next'), function (b) { b.disabled = state.page >= pages - 1; });
  }
  function onFilter() {
    state.model = fModel.value === '' ? -1 : Number(fModel.value);
    state.kind = fKind.value;
    state.q = fQ.value.trim().toLowerCase();
    refilter();
    render();
  }
  [fModel, fKind].forEach(function (s) { s.addEventListener('change', onFilter); });
  BH.onSearch(fQ, onFilter);
  BH.paging(state, render, table);

  refilter();
  render();
  // for tests: when the first page of changes is drawn
  doc.body.setAttribute('data-ready', '1');
})();
