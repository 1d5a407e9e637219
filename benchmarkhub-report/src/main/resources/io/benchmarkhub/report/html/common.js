// BenchmarkHub pages' shared script: element helpers, the word diff, verdicts, search and paging. Every
// text from a model or a dataset is inserted with textContent, never as markup. Each page's own script
// follows this one in the same inline script element.
var BH = (function () {
  'use strict';
  var doc = document;
  var STATUS = { P: 'PASS', F: 'FAIL', E: 'ERROR', S: 'SKIPPED' };

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function fmtInt(n) { return Number(n).toLocaleString('en-US'); }
  function words(s) { return s.split(/\s+/).filter(function (w) { return w.length > 0; }); }

  /** Draws into box the word diff of a against b (word arrays; LCS): kept words, <del> and <ins>. */
  function wordDiff(a, b, box) {
    var n = a.length;
    var m = b.length;
    var w = m + 1;
    var dp = new Uint32Array((n + 1) * w); // dp[i][j]: LCS length of a[i..] and b[j..]
    var i;
    var j;
    for (i = n - 1; i >= 0; i--) {
      for (j = m - 1; j >= 0; j--) {
        dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
      }
    }
    function piece(tag, text) { add(box, el(tag, null, text)); box.appendChild(doc.createTextNode(' ')); }
    i = 0; j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) { piece('span', a[i]); i++; j++; }
      else if (j < m && (i >= n || dp[i * w + j + 1] >= dp[(i + 1) * w + j])) { piece('ins', b[j]); j++; }
      else { piece('del', a[i]); i++; }
    }
  }

  function badge(code, text) { return el('span', 'st st-' + code, text || STATUS[code] || code); }
  /** Draws a verdict (and a panel's members) under parent; judges names the judge indexes. */
  function renderVerdict(v, parent, judges) {
    var d = add(parent, el('div', 'verdict'));
    add(d, el('span', 'who', judges[v.j] || 'judge'));
    add(d, badge(v.s));
    if (v.u) { d.appendChild(doc.createTextNode(' ')); add(d, badge('U', 'unparseable')); }
    if (typeof v.sc === 'number') { add(d, el('span', 'tmeta', ' ' + v.sc.toFixed(3))); }
    if (v.r) { add(d, el('div', 'reason', v.r)); }
    if (v.p && v.p.length) {
      var ul = add(d, el('ul'));
      v.p.forEach(function (p) { renderVerdict(p, add(ul, el('li')), judges); });
    }
  }

  /** Calls onFilter 150 ms after the last keystroke in the search box. */
  function onSearch(input, onFilter) {
    var timer = null;
    input.addEventListener('input', function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(onFilter, 150);
    });
  }
  /** Wires the .p-prev and .p-next buttons: they move state.page and render; the bottom ones scroll up to table. */
  function paging(state, render, table) {
    function turn(delta, scroll) {
      state.page += delta;
      render();
      if (scroll) { table.scrollIntoView(); }
    }
    Array.prototype.forEach.call(doc.querySelectorAll('.p-prev'), function (b, i) {
      b.addEventListener('click', function () { turn(-1, i > 0); });
    });
    Array.prototype.forEach.call(doc.querySelectorAll('.p-next'), function (b, i) {
      b.addEventListener('click', function () { turn(1, i > 0); });
    });
  }

  return { STATUS: STATUS, el: el, add: add, fmtInt: fmtInt, words: words, wordDiff: wordDiff, badge: badge,
    renderVerdict: renderVerdict, onSearch: onSearch, paging: paging };
})();
