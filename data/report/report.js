// The interactive report: reads the corpus from the JSON element #mosulkg-data and
// builds the diagram, the chronology, the filters, the search and the details panel.
// Text from the corpus is only ever put into the page as text (textContent, text
// nodes, attribute values), never parsed as HTML.
(function () {
  'use strict';
  var started = performance.now();
  var D = JSON.parse(document.getElementById('mosulkg-data').textContent);
  var SVGNS = 'http://www.w3.org/2000/svg';
  var TYPES = ['person', 'group', 'place', 'date'];
  var COLORS = { person: '#4e79a7', group: '#f28e2b', place: '#59a14f', date: '#9c9c9c' };
  var NAMES = { person: 'people', group: 'groups', place: 'places', date: 'dates' };
  var nodes = D.nodes, edges = D.edges, entries = D.entries, docs = D.docs, sentences = D.sentences;
  var timings = {};

  // ---------------------------------------------------------------- helpers
  function el(tag, attrs) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; ++i) add(e, arguments[i]);
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    setAttrs(e, attrs);
    return e;
  }
  function setAttrs(e, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') e.textContent = String(v);
      else if (k === 'onclick') e.addEventListener('click', v);
      else e.setAttribute(k, String(v));
    });
  }
  function add(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { add(parent, c); });
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function link(text, action) { return el('button', { type: 'button', 'class': 'linklike', onclick: action }, text); }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }
  // Only an id of the form Q123 becomes a link, and only to Wikidata.
  function wikidataLink(q) {
    if (typeof q !== 'string' || !/^Q[1-9][0-9]{0,11}$/.test(q)) return null;
    return el('a', { href: 'https://www.wikidata.org/wiki/' + q, target: '_blank', rel: 'noopener noreferrer' }, q);
  }
  function webLink(url, text) {
    if (typeof url !== 'string' || !/^https?:\/\/[^\s"'<>\\]+$/.test(url)) return null;
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
  }

  // A date "YYYY-MM-DD" as a month number (year * 12 + month - 1), or null.
  function month(s) {
    if (typeof s !== 'string' || !/^-?\d{4}-\d{2}/.test(s)) return null;
    var neg = s[0] === '-';
    var parts = (neg ? s.slice(1) : s).split('-');
    var y = parseInt(parts[0], 10) * (neg ? -1 : 1);
    return y * 12 + parseInt(parts[1], 10) - 1;
  }
  function monthName(m) {
    var y = Math.floor(m / 12), mm = m - y * 12 + 1;
    return y + '-' + (mm < 10 ? '0' : '') + mm;
  }
  function spanOf(item) { return { first: month(item.first), last: month(item.last) }; }

  // ---------------------------------------------------------------- derived data
  var pairs = [], pairOf = new Map(), nodeEdges = nodes.map(function () { return []; });
  var degree = new Int32Array(nodes.length);
  edges.forEach(function (e, i) {
    if (e.source === null || e.target === null) return;
    nodeEdges[e.source].push(i);
    if (e.target !== e.source) nodeEdges[e.target].push(i);
    var a = Math.min(e.source, e.target), b = Math.max(e.source, e.target);
    var key = a * nodes.length + b;
    var p = pairOf.get(key);
    if (p === undefined) {
      p = pairs.length;
      pairOf.set(key, p);
      pairs.push({ a: a, b: b, edges: [] });
      if (a !== b) { degree[a]++; degree[b]++; }
    }
    pairs[p].edges.push(i);
    e.pair = p;
    var s = spanOf(e);
    e.f = s.first; e.l = s.last;
  });
  entries.forEach(function (e) {
    var s = spanOf(e);
    e.f = s.first; e.l = s.last;
    var dates = new Set();
    e.sources.forEach(function (src) { dates.add(src.date); });
    e.conflict = dates.size > 1;
  });
  var nodeEntries = nodes.map(function () { return []; });
  entries.forEach(function (e, i) { e.participants.forEach(function (p) { nodeEntries[p].push(i); }); });

  // The range of the date sliders: every dated entry and edge, within reason.
  var minMonth = null, maxMonth = null;
  function widen(f, l) {
    if (f === null || l === null || f < 1800 * 12 || l > 2200 * 12) return;
    if (minMonth === null || f < minMonth) minMonth = f;
    if (maxMonth === null || l > maxMonth) maxMonth = l;
  }
  entries.forEach(function (e) { widen(e.f, e.l); });
  edges.forEach(function (e) { widen(e.f, e.l); });
  if (minMonth === null) { minMonth = month(D.range[0] + '-01'); maxMonth = month(D.range[1] + '-01'); }

  // ---------------------------------------------------------------- layout
  // A force-directed layout: springs along edges, repulsion between nodes near each
  // other (found through a grid, so each round costs time linear in the graph),
  // a weak pull to the centre. Starts from a spiral, most connected nodes inside.
  function layout() {
    var n = nodes.length, K = n > 300 ? 46 : 64;
    var x = new Float64Array(n), y = new Float64Array(n), dx = new Float64Array(n), dy = new Float64Array(n);
    var order = nodes.map(function (_, i) { return i; });
    order.sort(function (a, b) { return degree[b] - degree[a] || a - b; });
    order.forEach(function (v, i) {
      var r = K * 0.8 * Math.sqrt(i + 0.5), t = i * 2.399963;
      x[v] = r * Math.cos(t); y[v] = r * Math.sin(t);
    });
    var rounds = n > 1000 ? 90 : n > 300 ? 160 : 300;
    var temp = K * 2, cell = K * 2, cell2 = cell * cell;
    for (var round = 0; round < rounds; ++round) {
      dx.fill(0); dy.fill(0);
      var grid = new Map();
      for (var v = 0; v < n; ++v) {
        var key = Math.floor(x[v] / cell) * 65536 + Math.floor(y[v] / cell);
        var list = grid.get(key);
        if (list) list.push(v); else grid.set(key, [v]);
      }
      grid.forEach(function (list, key) {
        var cx = Math.round(key / 65536), cy = key - cx * 65536;
        for (var ox = -1; ox <= 1; ++ox) for (var oy = -1; oy <= 1; ++oy) {
          var other = grid.get((cx + ox) * 65536 + cy + oy);
          if (!other) continue;
          for (var i = 0; i < list.length; ++i) for (var j = 0; j < other.length; ++j) {
            var a = list[i], b = other[j];
            if (a >= b) continue;
            var ddx = x[a] - x[b], ddy = y[a] - y[b], d2 = ddx * ddx + ddy * ddy;
            if (d2 > cell2) continue;
            if (d2 < 0.01) { ddx = 0.1 * ((a % 7) - 3) + 0.05; ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
            var f = K * K / d2;
            dx[a] += ddx * f; dy[a] += ddy * f; dx[b] -= ddx * f; dy[b] -= ddy * f;
          }
        }
      });
      for (var p = 0; p < pairs.length; ++p) {
        var pa = pairs[p].a, pb = pairs[p].b;
        if (pa === pb) continue;
        var ex = x[pa] - x[pb], ey = y[pa] - y[pb], d = Math.sqrt(ex * ex + ey * ey) || 0.01;
        var g = d / K;
        dx[pa] -= ex * g; dy[pa] -= ey * g; dx[pb] += ex * g; dy[pb] += ey * g;
      }
      for (v = 0; v < n; ++v) {
        dx[v] -= x[v] * 0.012; dy[v] -= y[v] * 0.012;
        var len = Math.sqrt(dx[v] * dx[v] + dy[v] * dy[v]);
        if (len > temp) { dx[v] *= temp / len; dy[v] *= temp / len; }
        x[v] += dx[v]; y[v] += dy[v];
      }
      temp = Math.max(K * 0.05, temp * 0.97);
    }
    return { x: x, y: y };
  }

  // ---------------------------------------------------------------- diagram
  var diagram = document.getElementById('diagram');
  var viewport = svg('g', { id: 'viewport' });
  var edgeLayer = svg('g', { 'class': 'edges' }), nodeLayer = svg('g', { 'class': 'nodes' });
  viewport.appendChild(edgeLayer);
  viewport.appendChild(nodeLayer);
  diagram.appendChild(viewport);
  var pos, nodeEls = [], pairEls = [];
  var view = { x: 0, y: 0, k: 1 };

  function radius(v) { return 5 + Math.min(12, Math.sqrt(degree[v]) * 2); }

  function drawDiagram() {
    var t0 = performance.now();
    pos = layout();
    timings.layout = performance.now() - t0;
    var t1 = performance.now();
    var labelled = new Set();
    var ranked = nodes.map(function (_, i) { return i; });
    ranked.sort(function (a, b) { return degree[b] - degree[a] || a - b; });
    ranked.slice(0, nodes.length > 300 ? 150 : nodes.length).forEach(function (v) { labelled.add(v); });
    var edgeFrag = document.createDocumentFragment(), nodeFrag = document.createDocumentFragment();
    pairs.forEach(function (p, i) {
      var reported = p.edges.every(function (e) { return edges[e].speaker; });
      var line = svg('line', { 'class': 'edge' + (reported ? ' reported' : ''), 'data-pair': i,
                               x1: pos.x[p.a].toFixed(1), y1: pos.y[p.a].toFixed(1),
                               x2: pos.x[p.b].toFixed(1), y2: pos.y[p.b].toFixed(1) });
      var title = svg('title');
      title.textContent = p.edges.map(function (e) { return edges[e].summary; }).join('\n');
      line.appendChild(title);
      pairEls.push(line);
      edgeFrag.appendChild(line);
    });
    nodes.forEach(function (n, v) {
      var g = svg('g', { 'class': 'node' + (labelled.has(v) ? '' : ' minor'), 'data-node': v,
                         transform: 'translate(' + pos.x[v].toFixed(1) + ',' + pos.y[v].toFixed(1) + ')' });
      g.appendChild(svg('circle', { r: radius(v), fill: COLORS[n.type] || '#999' }));
      var label = svg('text', { x: radius(v) + 3, y: 4 });
      label.textContent = n.label;
      g.appendChild(label);
      nodeEls.push(g);
      nodeFrag.appendChild(g);
    });
    edgeLayer.appendChild(edgeFrag);
    nodeLayer.appendChild(nodeFrag);
    timings.draw = performance.now() - t1;
  }

  function applyView() {
    viewport.setAttribute('transform', 'translate(' + view.x.toFixed(2) + ',' + view.y.toFixed(2) + ') scale(' +
                          view.k.toFixed(4) + ')');
    diagram.classList.toggle('zoomed', view.k > 1.6);
  }
  function fit() {
    var w = diagram.clientWidth || 800, h = diagram.clientHeight || 600;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (_, v) {
      if (nodeEls[v].style.display === 'none') return;
      minX = Math.min(minX, pos.x[v]); maxX = Math.max(maxX, pos.x[v]);
      minY = Math.min(minY, pos.y[v]); maxY = Math.max(maxY, pos.y[v]);
    });
    if (minX === Infinity) { minX = minY = -100; maxX = maxY = 100; }
    var pad = 60;
    view.k = Math.min(4, Math.min(w / (maxX - minX + 2 * pad + 120), h / (maxY - minY + 2 * pad)));
    view.x = w / 2 - view.k * (minX + maxX + 120) / 2;
    view.y = h / 2 - view.k * (minY + maxY) / 2;
    applyView();
  }
  function zoom(factor, cx, cy) {
    var k = Math.max(0.05, Math.min(20, view.k * factor));
    if (cx === undefined) { cx = diagram.clientWidth / 2; cy = diagram.clientHeight / 2; }
    view.x = cx - (cx - view.x) * (k / view.k);
    view.y = cy - (cy - view.y) * (k / view.k);
    view.k = k;
    applyView();
  }
  function centreOn(v) {
    var w = diagram.clientWidth, h = diagram.clientHeight;
    if (view.k < 1) view.k = 1;
    view.x = w / 2 - view.k * pos.x[v];
    view.y = h / 2 - view.k * pos.y[v];
    applyView();
  }

  function setupPanZoom() {
    var drag = null;
    diagram.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var r = diagram.getBoundingClientRect();
      zoom(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX - r.left, ev.clientY - r.top);
    }, { passive: false });
    diagram.addEventListener('pointerdown', function (ev) {
      drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
    });
    diagram.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var mx = ev.clientX - drag.x, my = ev.clientY - drag.y;
      if (!drag.moved && Math.abs(mx) + Math.abs(my) < 4) return;
      if (!drag.moved) { drag.moved = true; diagram.setPointerCapture(ev.pointerId); diagram.classList.add('dragging'); }
      view.x = drag.vx + mx; view.y = drag.vy + my;
      applyView();
    });
    function end(ev) {
      if (drag && drag.moved) {
        diagram.classList.remove('dragging');
        if (diagram.hasPointerCapture(ev.pointerId)) diagram.releasePointerCapture(ev.pointerId);
        diagram.dataset.justDragged = '1';
      }
      drag = null;
    }
    diagram.addEventListener('pointerup', end);
    diagram.addEventListener('pointercancel', end);
    diagram.addEventListener('click', function (ev) {
      if (diagram.dataset.justDragged) { delete diagram.dataset.justDragged; return; }
      var t = ev.target;
      var node = t.closest && t.closest('.node');
      if (node) { selectNode(parseInt(node.getAttribute('data-node'), 10), false); return; }
      if (t.classList && t.classList.contains('edge')) showPair(parseInt(t.getAttribute('data-pair'), 10));
    });
    document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.4); });
    document.getElementById('zoom-out').addEventListener('click', function () { zoom(1 / 1.4); });
    document.getElementById('zoom-fit').addEventListener('click', fit);
  }

  function drawLegend() {
    var legend = document.getElementById('legend');
    var counts = {};
    nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
    TYPES.forEach(function (t) {
      add(legend, el('div', null, el('span', { 'class': 'swatch', style: 'background:' + COLORS[t] }),
                     NAMES[t] + ' (' + (counts[t] || 0) + ')'));
    });
    add(legend, el('div', null, '\u2504 reported speech; click a line for its sources'));
  }

  // ---------------------------------------------------------------- chronology
  var entryEls = [];
  function drawChronology() {
    var list = document.getElementById('chronology');
    var frag = document.createDocumentFragment();
    entries.forEach(function (e, i) {
      var li = el('li', { 'class': 'entry', 'data-entry': i, tabindex: 0 },
                  el('span', { 'class': 'date' }, e.date), e.summary,
                  e.conflict ? el('span', { 'class': 'conflict-mark', title: 'the sources give different dates' },
                                  '\u26a0 dates differ') : null,
                  el('div', { 'class': 'meta' }, plural(e.sources.length, 'source') + ' \u00b7 ' + e.relation +
                     (e.place ? ' \u00b7 ' + e.place : '') + (e.speaker ? ' \u00b7 according to ' + e.speaker : '')));
      entryEls.push(li);
      frag.appendChild(li);
    });
    list.appendChild(frag);
    list.addEventListener('click', function (ev) {
      var li = ev.target.closest('.entry');
      if (li) showEntry(parseInt(li.getAttribute('data-entry'), 10));
    });
    list.addEventListener('keydown', function (ev) {
      var li = ev.target.closest('.entry');
      if (li && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); showEntry(parseInt(li.getAttribute('data-entry'), 10)); }
    });
  }

  // ---------------------------------------------------------------- filters
  var typeBoxes = {}, fromInput = document.getElementById('date-from'), toInput = document.getElementById('date-to');
  function setupFilters() {
    var fieldset = document.getElementById('types');
    var dateNodes = nodes.filter(function (n) { return n.type === 'date'; }).length;
    TYPES.forEach(function (t) {
      var box = el('input', { type: 'checkbox', value: t, id: 'type-' + t });
      box.checked = t !== 'date' || dateNodes <= 8;
      box.addEventListener('change', applyFilters);
      typeBoxes[t] = box;
      add(fieldset, el('label', { 'for': 'type-' + t }, box, el('span', { 'class': 'swatch', style: 'background:' + COLORS[t] }), NAMES[t]));
    });
    [fromInput, toInput].forEach(function (input) {
      input.min = 0; input.max = maxMonth - minMonth;
      input.addEventListener('input', function () {
        if (parseInt(fromInput.value, 10) > parseInt(toInput.value, 10)) {
          if (input === fromInput) toInput.value = fromInput.value; else fromInput.value = toInput.value;
        }
        applyFilters();
      });
    });
    fromInput.value = 0; toInput.value = maxMonth - minMonth;
    document.getElementById('date-reset').addEventListener('click', function () { setRange(null, null); });
  }
  // Narrows both views to the months from..to ("YYYY-MM"; null: no bound).
  function setRange(from, to) {
    fromInput.value = from ? Math.max(0, month(from + '-01') - minMonth) : 0;
    toInput.value = to ? Math.min(maxMonth - minMonth, month(to + '-01') - minMonth) : maxMonth - minMonth;
    applyFilters();
  }

  var state = { visibleEntries: 0, visibleNodes: 0 };
  function applyFilters() {
    var t0 = performance.now();
    var from = minMonth + parseInt(fromInput.value, 10), to = minMonth + parseInt(toInput.value, 10);
    var full = from === minMonth && to === maxMonth;
    document.getElementById('date-from-label').textContent = monthName(from);
    document.getElementById('date-to-label').textContent = monthName(to);
    var types = new Set(TYPES.filter(function (t) { return typeBoxes[t].checked; }));
    function inRange(item) { return full || (item.f !== null && item.l !== null && item.l >= from && item.f <= to); }
    var typeOk = nodes.map(function (n) { return types.has(n.type); });
    var shown = new Uint8Array(nodes.length);
    var entryShown = entries.map(function (e) {
      return inRange(e) && (e.participants.length === 0 || e.participants.some(function (p) { return typeOk[p]; }));
    });
    if (full) nodes.forEach(function (_, v) { shown[v] = typeOk[v] ? 1 : 0; });
    else {
      edges.forEach(function (e) {
        if (e.f === null || !inRange(e) || e.source === null || e.target === null) return;
        if (typeOk[e.source] && typeOk[e.target]) shown[e.source] = shown[e.target] = 1;
      });
      entries.forEach(function (e, i) {
        if (entryShown[i]) e.participants.forEach(function (p) { if (typeOk[p]) shown[p] = 1; });
      });
    }
    var nodeCount = 0, entryCount = 0;
    nodeEls.forEach(function (g, v) { g.style.display = shown[v] ? '' : 'none'; nodeCount += shown[v]; });
    pairEls.forEach(function (line, i) {
      var p = pairs[i];
      var ok = shown[p.a] && shown[p.b] && p.edges.some(function (e) { return edges[e].f === null || inRange(edges[e]); });
      line.style.display = ok ? '' : 'none';
    });
    entryEls.forEach(function (li, i) { li.hidden = !entryShown[i]; entryCount += entryShown[i] ? 1 : 0; });
    state.visibleEntries = entryCount;
    state.visibleNodes = nodeCount;
    document.getElementById('entry-count').textContent = entryCount + ' of ' + entries.length;
    document.getElementById('node-count').textContent = nodeCount + ' of ' + plural(nodes.length, 'entity', 'entities');
    timings.filter = performance.now() - t0;
  }

  // ---------------------------------------------------------------- details
  var details = document.getElementById('details');
  function docLabel(d) {
    var doc = docs[d];
    if (!doc) return el('span', { 'class': 'doc' }, 'unknown document');
    var title = doc[1] || doc[0];
    return el('span', null, webLink(doc[2], title) || el('span', { 'class': 'doc' }, title),
              el('span', { 'class': 'where' }, ' (' + doc[0] + (doc[3] ? ', published ' + doc[3] : '') + ')'));
  }
  function quote(ref, surface, offset) {
    var text = typeof ref === 'number' && ref >= 0 ? sentences[ref] : null;
    if (text === null || text === undefined)
      return el('blockquote', { 'class': 'where' }, '(the text is kept only for sentences that state a relation)');
    if (surface && offset >= 0 && text.substr(offset, surface.length) === surface)
      return el('blockquote', null, text.slice(0, offset), el('mark', null, surface), text.slice(offset + surface.length));
    return el('blockquote', null, text);
  }
  function source(doc, sentence, ref, extra) {
    return el('div', { 'class': 'source' }, docLabel(doc), el('div', { 'class': 'where' }, 'sentence ' + sentence),
              quote(ref), extra || null);
  }
  function nodeLink(v) { return link(nodes[v].label, function () { selectNode(v, true); }); }
  function show(title, body) {
    clear(details);
    add(details, el('h2', null, title));
    add(details, body);
    details.scrollTop = 0;
  }
  function highlight(nodeSet, pairSet) {
    nodeEls.forEach(function (g, v) { g.classList.toggle('hl', nodeSet.has(v)); g.classList.remove('selected'); });
    pairEls.forEach(function (line, i) { line.classList.toggle('hl', pairSet.has(i)); });
    entryEls.forEach(function (li) { li.classList.remove('selected'); });
  }

  function selectNode(v, centre) {
    var n = nodes[v];
    var neighbourSet = new Set(), pairSet = new Set();
    nodeEdges[v].forEach(function (e) { neighbourSet.add(edges[e].source); neighbourSet.add(edges[e].target); pairSet.add(edges[e].pair); });
    highlight(neighbourSet, pairSet);
    nodeEls[v].classList.add('selected');
    if (centre) centreOn(v);
    var wd = wikidataLink(n.wikidata);
    var rel = nodeEdges[v].map(function (e) {
      var ed = edges[e], out = ed.source === v, other = out ? ed.target : ed.source;
      return el('li', null, out ? '\u2192 ' : '\u2190 ', link(ed.relation, function () { showEdges([e]); }), ' ',
                nodeLink(other), ed.date ? ' (' + ed.date + ')' : '');
    });
    var byDoc = new Map();
    n.mentions.forEach(function (m) {
      if (!byDoc.has(m[0])) byDoc.set(m[0], []);
      byDoc.get(m[0]).push(m);
    });
    var mentions = [];
    byDoc.forEach(function (list, d) {
      mentions.push(el('div', { 'class': 'source mention-doc' }, docLabel(d), list.map(function (m) {
        return el('div', { 'class': 'mention' }, el('div', { 'class': 'where' }, 'sentence ' + m[1] + ': \u201c' + m[2] + '\u201d'),
                  quote(m[3], m[2], m[4]));
      })));
    });
    show(n.label, [
      el('span', { 'class': 'badge', style: 'background:' + (COLORS[n.type] || '#999') }, n.type),
      el('dl', null, el('dt', null, 'id'), el('dd', null, n.id),
         el('dt', null, 'also called'), el('dd', { id: 'aliases' }, n.aliases.length ? n.aliases.join('; ') : '\u2014'),
         el('dt', null, 'Wikidata'), el('dd', null, wd || '\u2014'),
         el('dt', null, 'knowledge base'), el('dd', null, n.kb ? 'yes' : 'no (found in the articles)')),
      el('h3', null, plural(rel.length, 'relation')), el('ul', { 'class': 'plain' }, rel),
      nodeEntries[v].length ? el('h3', null, 'In the chronology') : null,
      el('ul', { 'class': 'plain' }, nodeEntries[v].map(function (i) {
        return el('li', null, entries[i].date + ' ', link(entries[i].summary, function () { showEntry(i); }));
      })),
      el('h3', { id: 'mentions-heading' }, plural(n.mention_count, 'mention') +
         (n.mention_count > n.mentions.length ? ' (the first ' + n.mentions.length + ' listed)' : '')),
      el('div', { id: 'mentions' }, mentions)
    ]);
  }

  function edgeSection(e) {
    var ed = edges[e];
    return el('div', { 'class': 'edge-detail' },
      el('h3', null, ed.summary || ed.relation),
      el('dl', null,
         el('dt', null, 'relation'), el('dd', null, ed.relation),
         el('dt', null, 'from'), el('dd', null, ed.source !== null ? nodeLink(ed.source) : '\u2014'),
         el('dt', null, 'to'), el('dd', null, ed.target !== null ? nodeLink(ed.target) : '\u2014'),
         el('dt', null, 'date'), el('dd', null, ed.date || 'not dated'),
         ed.place ? [el('dt', null, 'place'), el('dd', null, ed.place)] : null,
         el('dt', null, 'according to'), el('dd', { 'class': 'speaker' }, ed.speaker || 'stated as fact'),
         el('dt', null, 'confidence'), el('dd', null, ed.confidence.toFixed(2))),
      el('div', { 'class': 'where' }, plural(ed.sources.length, 'source')),
      ed.sources.map(function (s) {
        return source(s[0], s[1], s[2], el('div', { 'class': 'where' }, 'gives the date: ' + (ed.date || 'none') +
                      (ed.speaker ? '; said by ' + ed.speaker : '')));
      }),
      ed.entries.length ? el('div', null, 'In the chronology: ', ed.entries.map(function (i) {
        return el('div', null, link(entries[i].date + ' ' + entries[i].summary, function () { showEntry(i); }));
      })) : null);
  }
  function showEdges(list) {
    var nodeSet = new Set(), pairSet = new Set();
    list.forEach(function (e) { nodeSet.add(edges[e].source); nodeSet.add(edges[e].target); pairSet.add(edges[e].pair); });
    highlight(nodeSet, pairSet);
    var first = edges[list[0]];
    show(list.length === 1 ? (first.summary || first.relation)
                           : nodes[first.source].label + ' \u2013 ' + nodes[first.target].label,
         list.map(edgeSection));
  }
  function showPair(p) { showEdges(pairs[p].edges); }

  function entrySource(s) {
    return source(s.doc, s.sentence, s.text, el('div', { 'class': 'where' },
      'gives the date: ', el('strong', null, s.date), s.speaker ? '; said by ' + s.speaker : ''));
  }
  function showEntry(i) {
    var e = entries[i];
    var nodeSet = new Set(e.participants), pairSet = new Set();
    e.edges.forEach(function (ed) { pairSet.add(edges[ed].pair); });
    highlight(nodeSet, pairSet);
    entryEls[i].classList.add('selected');
    var byDate = new Map();
    e.sources.forEach(function (s) {
      if (!byDate.has(s.date)) byDate.set(s.date, []);
      byDate.get(s.date).push(s);
    });
    var sources;
    if (byDate.size > 1) {
      var columns = [];
      byDate.forEach(function (list, date) { columns.push(el('div', null, el('h4', null, date), list.map(entrySource))); });
      sources = [el('p', { 'class': 'warning' }, 'The sources give different dates:'), el('div', { 'class': 'conflict' }, columns)];
    } else sources = e.sources.map(entrySource);
    show(e.summary, [
      el('dl', null,
         el('dt', null, 'date'), el('dd', null, e.date),
         el('dt', null, 'relation'), el('dd', null, e.relation),
         el('dt', null, 'participants'), el('dd', null, e.participants.map(function (p, k) {
           return [k ? ', ' : '', nodeLink(p)];
         })),
         e.place ? [el('dt', null, 'place'), el('dd', null, e.place)] : null,
         el('dt', null, 'according to'), el('dd', { 'class': 'speaker' }, e.speaker || 'stated as fact')),
      el('h3', null, plural(e.sources.length, 'source')),
      sources,
      e.edges.length ? el('h3', null, 'In the graph') : null,
      el('ul', { 'class': 'plain' }, e.edges.map(function (ed) {
        return el('li', null, link(edges[ed].summary || edges[ed].relation, function () { showEdges([ed]); }));
      }))
    ]);
  }

  // ---------------------------------------------------------------- search
  var names = [];
  nodes.forEach(function (n, v) {
    names.push([n.label.toLowerCase(), v, n.label]);
    n.aliases.forEach(function (a) { names.push([a.toLowerCase(), v, a]); });
    names.push([n.id.toLowerCase(), v, n.id]);
  });
  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var seen = new Set(), exact = [], prefix = [], inside = [];
    names.forEach(function (entry) {
      var at = entry[0].indexOf(q);
      if (at < 0) return;
      (entry[0] === q ? exact : at === 0 ? prefix : inside).push(entry);
    });
    var out = [];
    exact.concat(prefix, inside).forEach(function (entry) {
      if (seen.has(entry[1]) || out.length >= 20) return;
      seen.add(entry[1]);
      out.push(entry);
    });
    return out;
  }
  function setupSearch() {
    var input = document.getElementById('search'), results = document.getElementById('search-results');
    var current = [];
    function choose(v) { results.hidden = true; input.value = nodes[v].label; selectNode(v, true); }
    input.addEventListener('input', function () {
      current = search(input.value);
      clear(results);
      current.forEach(function (entry, k) {
        var v = entry[1], n = nodes[v];
        var li = el('li', { 'class': k === 0 ? 'active' : null, 'data-node': v },
                    el('span', { 'class': 'swatch', style: 'background:' + COLORS[n.type] }), n.label,
                    entry[2] !== n.label ? el('span', { 'class': 'alias' }, ' (' + entry[2] + ')') : null);
        li.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(v); });
        results.appendChild(li);
      });
      if (input.value.trim() && !current.length) results.appendChild(el('li', { 'class': 'alias' }, 'no entity has that name'));
      results.hidden = !input.value.trim();
    });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && current.length) { ev.preventDefault(); choose(current[0][1]); }
      if (ev.key === 'Escape') results.hidden = true;
    });
    input.addEventListener('blur', function () { results.hidden = true; });
  }

  // ---------------------------------------------------------------- start
  drawDiagram();
  drawLegend();
  drawChronology();
  setupFilters();
  setupPanZoom();
  setupSearch();
  applyFilters();
  fit();
  window.addEventListener('resize', fit);
  timings.total = performance.now() - started;
  // What a test or another page reads and drives.
  window.mosulkgReport = {
    ready: true,
    timings: timings,
    counts: { nodes: nodes.length, edges: edges.length, entries: entries.length },
    state: state,
    setRange: setRange,
    selectNode: function (v) { selectNode(v, true); },
    showEntry: showEntry,
    search: function (q) { return search(q).map(function (e) { return e[1]; }); }
  };
  document.body.setAttribute('data-ready', '1');
})();
