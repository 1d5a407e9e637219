// The catalog site's script: on the index it draws a card per benchmark from the data block and filters them
// (search words, domain, task type, licence, verified only); every text is inserted with textContent.
(function () {
  'use strict';
  var doc = document;
  var data = JSON.parse(doc.getElementById('data').textContent);
  var el = BH.el;
  var add = BH.add;

  function meta(dl, term, value) {
    add(dl, el('dt', null, term));
    add(dl, el('dd', null, value));
  }

  function card(b) {
    var c = el('article', 'card');
    c.dataset.name = b.name;
    var h = add(c, el('h2'));
    var a = add(h, el('a', null, b.name));
    a.href = b.page;
    add(h, el('span', 'ver', b.version));
    if (b.verified) { add(h, el('span', 'verified', '\u2713 verified')); }
    add(c, el('p', 'desc', b.description));
    var bar = add(c, el('div', 'dbar'));
    bar.title = 'cases per difficulty level';
    b.difficulty.forEach(function (d) {
      var s = add(bar, el('span'));
      s.style.flexGrow = String(d[1]);
    });
    var dl = add(c, el('dl', 'meta'));
    meta(dl, 'domain', b.domain);
    meta(dl, 'task type', b.taskType);
    meta(dl, 'licence', b.license);
    meta(dl, 'quality', b.quality);
    meta(dl, 'review', b.review + (b.verified ? ' \u00b7 verified' : ''));
    meta(dl, 'cases', BH.fmtInt(b.cases));
    meta(dl, 'difficulty', b.difficulty.map(function (d) { return d[0] + ' ' + d[1]; }).join(' \u00b7 '));
    meta(dl, 'results', b.runs ? b.runs + (b.runs === 1 ? ' reference run' : ' reference runs') : 'none published');
    return c;
  }

  function index() {
    var box = doc.getElementById('cards');
    var cards = data.benchmarks.map(function (b) { return { b: b, node: add(box, card(b)) }; });
    var q = doc.getElementById('q');
    var selects = { domain: 'domain', task: 'taskType', licence: 'license' };
    var verified = doc.getElementById('verified');

    function matches(b, words) {
      var text = [b.name, b.description, b.domain, b.taskType, b.license].concat(b.tags).join(' ').toLowerCase();
      for (var id in selects) {
        var v = doc.getElementById(id).value;
        if (v && b[selects[id]] !== v) { return false; }
      }
      if (verified.checked && !b.verified) { return false; }
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    }
    function filter() {
      var words = BH.words(q.value.toLowerCase());
      var shown = 0;
      cards.forEach(function (c) {
        var ok = matches(c.b, words);
        c.node.hidden = !ok;
        if (ok) { shown++; }
      });
      doc.getElementById('shown').textContent = shown + ' of ' + cards.length + ' benchmarks shown';
      doc.getElementById('none').hidden = shown > 0;
    }
    BH.onSearch(q, filter);
    Object.keys(selects).forEach(function (id) { doc.getElementById(id).addEventListener('change', filter); });
    verified.addEventListener('change', filter);
    filter();
  }

  if (data.page === 'index') { index(); }
  doc.body.dataset.ready = '1';
})();
