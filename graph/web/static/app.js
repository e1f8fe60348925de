// newskg review app: graph view, evidence and corrections.
// Plain JavaScript, no build step. All data goes into the DOM through
// textContent, never innerHTML.
'use strict';

(function () {
  const TYPES = {
    Person: { color: '#4e79a7', shape: 'ellipse' },
    Organization: { color: '#f28e2b', shape: 'round-rectangle' },
    Country: { color: '#59a14f', shape: 'hexagon' },
    City: { color: '#76b7b2', shape: 'diamond' },
    Place: { color: '#edc948', shape: 'triangle' },
    Delegation: { color: '#b07aa1', shape: 'barrel' },
    Event: { color: '#e15759', shape: 'star' },
  };
  const FONT = '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif';

  const state = {
    types: new Set(), preds: new Set(), doc: '', minConf: 0, minSources: 0,
    focus: '', focusName: '', hops: 1,
    data: null, selected: null, mergeTarget: null, first: true,
  };
  window.kgDraws = 0;

  const $ = (id) => document.getElementById(id);

  // TOKEN is the per-run secret of the URL kg serve printed (?token=...);
  // every /api/ request carries it. The tab keeps it (sessionStorage), so
  // that the app still works if the address loses it.
  const TOKEN = (() => {
    const t = new URLSearchParams(location.search).get('token') || '';
    try {
      if (t) sessionStorage.setItem('kgToken', t);
      return t || sessionStorage.getItem('kgToken') || '';
    } catch (e) {
      return t;
    }
  })();
  function apiFetch(path, opts) {
    const o = Object.assign({}, opts);
    o.headers = Object.assign({ 'X-KG-Token': TOKEN }, o.headers || {});
    return fetch(path, o);
  }

  // visible shows the bidirectional controls (U+202A-U+202E,
  // U+2066-U+2069) a text may hold as [U+202E], so that no name or
  // sentence can reorder what is drawn around it.
  const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
  const visible = (s) => s.replace(BIDI, (c) => '[U+' + c.charCodeAt(0).toString(16).toUpperCase() + ']');

  // safeURL returns u when it is an absolute http or https URL, else
  // null: a feed's javascript: or data: URL never becomes a link.
  function safeURL(u) {
    try {
      const x = new URL(u);
      return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null;
    } catch (e) {
      return null;
    }
  }

  // el builds an element: el('a', {href: u, class: 'x'}, 'text', child...).
  function el(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') n.className = v;
      else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v === true ? '' : v);
    }
    for (const k of kids.flat()) {
      if (k === undefined || k === null || k === false) continue;
      n.append(k instanceof Node ? k : document.createTextNode(visible(String(k))));
    }
    return n;
  }
  const name = (text) => el('bdi', { dir: 'auto' }, text);
  // link is text linking to url when url is http(s), else the text alone.
  function link(url, text) {
    const u = url && safeURL(url);
    return u ? el('a', { href: u, target: '_blank', rel: 'noopener noreferrer' }, text) : text;
  }

  function toast(msg, err) {
    const t = $('toast');
    t.textContent = visible(String(msg));
    t.className = 'show' + (err ? ' err' : '');
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.className = ''; }, err ? 6000 : 3000);
  }

  async function api(path, opts) {
    const res = await apiFetch(path, opts);
    let body = null;
    const ct = res.headers.get('Content-Type') || '';
    if (ct.includes('json')) body = await res.json();
    if (!res.ok) {
      throw new Error((body && body.error) || (res.status + ' ' + res.statusText));
    }
    return body;
  }

  function query() {
    const p = new URLSearchParams();
    if (state.types.size) p.set('types', [...state.types].join(','));
    if (state.preds.size) p.set('preds', [...state.preds].join(','));
    if (state.doc) p.set('docs', state.doc);
    if (state.minConf > 0) p.set('minConf', String(state.minConf));
    if (state.minSources > 1) p.set('minSources', String(state.minSources));
    if (state.focus) {
      p.set('focus', state.focus);
      p.set('hops', String(state.hops));
    }
    return p.toString();
  }

  // The view's state lives in the URL (focus, hops, filters and what is
  // open in the details), so that a view can be shared and survives a
  // reload. Parameters the app does not own are left as they are.
  const URL_KEYS = ['types', 'preds', 'docs', 'minConf', 'minSources', 'focus', 'hops', 'sel'];

  function writeURL() {
    const p = new URLSearchParams(location.search);
    for (const k of URL_KEYS) p.delete(k);
    for (const [k, v] of new URLSearchParams(query())) p.set(k, v);
    if (state.selected) p.set('sel', (state.selected.kind === 'edge' ? 'f:' : 'e:') + state.selected.id);
    const q = p.toString();
    const url = location.pathname + (q ? '?' + q : '') + location.hash;
    if (url !== location.pathname + location.search + location.hash) history.replaceState(null, '', url);
  }

  function readURL() {
    const p = new URLSearchParams(location.search);
    const list = (k) => (p.get(k) || '').split(',').filter(Boolean);
    state.types = new Set(list('types'));
    state.preds = new Set(list('preds'));
    state.doc = list('docs')[0] || '';
    const conf = parseFloat(p.get('minConf'));
    state.minConf = conf > 0 && conf <= 1 ? conf : 0;
    const src = parseInt(p.get('minSources'), 10);
    state.minSources = src > 0 ? src : 0;
    state.focus = p.get('focus') || '';
    state.focusName = state.focus;
    const hops = parseInt(p.get('hops'), 10);
    state.hops = hops >= 1 && hops <= 10 ? hops : 1;
    const sel = p.get('sel') || '';
    state.selected = /^[ef]:./.test(sel) ? { kind: sel[0] === 'f' ? 'edge' : 'node', id: sel.slice(2) } : null;
  }

  // showState puts the state into the controls.
  function showState() {
    for (const x of $('types').querySelectorAll('input')) x.checked = state.types.has(x.value);
    for (const x of $('preds').querySelectorAll('input')) x.checked = state.preds.has(x.value);
    $('doc').value = state.doc;
    $('minConf').value = String(state.minConf);
    $('minConfOut').textContent = String(state.minConf);
    $('minSources').value = String(state.minSources);
    $('hops').value = String(state.hops);
    showFocus();
  }

  function showFocus() {
    const box = $('focusBox');
    box.textContent = '';
    if (state.focus) box.append('Around ', name(state.focusName), ' (' + state.focus + ')');
    else box.append('Whole graph');
  }

  // Graph.

  // Large views trade looks for speed: straight (haystack) edges without
  // arrows, no edges or labels drawn while panning, and labels only on
  // the elements in sight once zoomed in far enough to read them (class
  // lbl), so that cytoscape never measures thousands of labels.
  const BIG = 600;
  const LABEL_ZOOM = 0.8;

  function sheet(big) {
    const tag = big ? '.lbl' : '';
    return [
      {
        selector: 'node', style: {
          'background-color': 'data(color)', shape: 'data(shape)',
          width: 'data(size)', height: 'data(size)', 'border-width': 1, 'border-color': '#fff',
        },
      },
      {
        selector: 'node' + tag, style: {
          label: 'data(label)', 'font-family': FONT, 'font-size': 11,
          'text-wrap': 'wrap', 'text-max-width': 140, 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
          'min-zoomed-font-size': 5, // the layout keeps names apart: they may show small
        },
      },
      {
        selector: 'edge', style: Object.assign({
          width: 1.3, 'line-color': '#a8b0bf', 'curve-style': big ? 'haystack' : 'bezier', 'haystack-radius': 0,
        }, big ? {} : { 'target-arrow-color': '#a8b0bf', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 }),
      },
      {
        selector: 'edge' + tag, style: {
          label: 'data(label)', 'font-family': FONT, 'font-size': 8, color: '#4b5466',
          'text-rotation': 'autorotate', 'min-zoomed-font-size': 8,
          'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1,
        },
      },
      { selector: 'edge[?sym]', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge[conf < 0.5]', style: { 'line-style': 'dashed' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1d2330' } },
      { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#1d2330', 'target-arrow-color': '#1d2330' } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#e15759' } },
    ];
  }

  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    style: sheet(false),
  });
  let big = false;

  function restyle(b) {
    if (big === b) return;
    big = b;
    cy.style(sheet(big));
    const r = cy.renderer();
    if (r) {
      r.hideEdgesOnViewport = big;
      r.hideLabelsOnViewport = big;
      r.textureOnViewport = big;
    }
  }

  // labelInSight puts labels on the nodes in sight, and on the edges
  // between them, of a large view zoomed in far enough.
  function labelInSight() {
    if (!big) return;
    const was = cy.elements('.lbl');
    let now = cy.collection();
    if (cy.zoom() >= LABEL_ZOOM) {
      const x = cy.extent();
      const m = 80; // labels of nodes just outside show too
      now = cy.nodes().filter((n) => {
        const p = n.position();
        return p.x > x.x1 - m && p.x < x.x2 + m && p.y > x.y1 - m && p.y < x.y2 + m;
      });
      now = now.union(now.edgesWith(now));
    }
    cy.batch(() => {
      was.difference(now).removeClass('lbl');
      now.difference(was).addClass('lbl');
    });
  }
  window.kgLabels = () => !big || cy.elements('.lbl').length > 0;
  window.kgCy = cy;

  function nodeLabel(e) {
    // The name, and a form in the other script when there is one, so
    // that both English and Arabic readers find the node.
    const arabic = (s) => /[\u0600-\u06FF]/.test(s);
    const other = (e.aliases || []).find((a) => arabic(a.text) !== arabic(e.name));
    return visible(other ? e.name + '\n' + other.text : e.name);
  }

  function elements(data) {
    const els = [];
    const pos = data.positions || {};
    for (const e of data.entities) {
      const t = TYPES[e.type] || { color: '#999', shape: 'ellipse' };
      els.push({
        group: 'nodes',
        position: pos[e.id] ? { x: pos[e.id].x, y: pos[e.id].y } : { x: 0, y: 0 },
        data: {
          id: e.id, label: nodeLabel(e), type: e.type, color: t.color, shape: t.shape,
          size: Math.min(44, 16 + 4 * Math.sqrt(e.mentions || 1)),
        },
        classes: e.id === state.focus ? 'focus' : '',
      });
    }
    for (const f of data.facts) {
      els.push({
        group: 'edges',
        data: {
          id: f.id, source: f.subject, target: f.object, label: f.predicate,
          conf: f.confidence, sym: f.predicate === 'meetsWith',
        },
      });
    }
    return els;
  }

  // The server places the nodes (see layout.go); the browser only draws
  // them. fcose is there for the Relayout button, on small views.
  const RELAYOUT_MAX = 800;

  function fcose() {
    return {
      name: 'fcose',
      quality: 'default',
      randomize: false,
      animate: false,
      fit: true,
      padding: 30,
      nodeRepulsion: 6000,
      idealEdgeLength: 80,
      numIter: 1500,
      sampleSize: 25,
      nodeDimensionsIncludeLabels: true,
      packComponents: true,
    };
  }

  // fitPositions fits the view to the server's positions without asking
  // cytoscape for bounding boxes, which would measure every label.
  function fitPositions(pos, padding) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const id in pos) {
      const p = pos[id];
      x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
    }
    if (x0 === Infinity) return;
    const m = 25; // half the largest node
    const w = cy.width(), h = cy.height();
    let zoom = Math.min((w - 2 * padding) / (x1 - x0 + 2 * m), (h - 2 * padding) / (y1 - y0 + 2 * m));
    zoom = Math.max(cy.minZoom(), Math.min(1.5, zoom)); // a view of a node or two is not blown up
    cy.viewport({ zoom, pan: { x: w / 2 - zoom * (x0 + x1) / 2, y: h / 2 - zoom * (y0 + y1) / 2 } });
  }

  function draw(data) {
    const t0 = performance.now();
    const n = data.entities.length;
    cy.startBatch();
    cy.elements().remove();
    restyle(n > BIG);
    cy.add(elements(data));
    cy.endBatch();
    const t1 = performance.now();
    $('relayout').disabled = n < 2 || n > RELAYOUT_MAX;
    const drawn = () => {
      const t2 = performance.now();
      // Ready once the browser has painted a frame with the graph in it.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const t3 = performance.now();
        window.kgTimes = { add: t1 - t0, layout: t2 - t1, draw: t3 - t2, fetched: window.kgFetched };
        window.kgDraws++;
        window.kgLastDraw = t3;
        if (state.first) {
          state.first = false;
          window.kgReady = t3;
        }
      }));
      if (state.selected) {
        const x = cy.getElementById(state.selected.id);
        if (x.nonempty()) x.select();
      }
    };
    if (data.positions) {
      fitPositions(data.positions, 30);
      labelInSight();
      drawn();
      return;
    }
    // No positions (not expected from this server): a plain grid.
    const layout = cy.layout({ name: 'grid', fit: true, padding: 30 });
    layout.one('layoutstop', () => {
      if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); }
      drawn();
    });
    layout.run();
  }

  async function load() {
    writeURL();
    try {
      const data = await api('/api/graph?' + query());
      window.kgFetched = performance.now();
      state.data = data;
      $('stats').textContent = data.counts.entities + ' of ' + data.total.entities + ' entities, ' +
        data.counts.facts + ' of ' + data.total.facts + ' relations' +
        (data.limited ? ' (the most mentioned: filter or focus to see the others)' : '');
      if (!$('types').childElementCount) {
        buildFilters(data);
        showState();
      }
      draw(data);
    } catch (err) {
      toast(err.message, true);
      if (state.focus && state.first) {
        // A shared view around an entity this graph no longer has.
        state.focus = '';
        showFocus();
        return load();
      }
      if (state.first) { state.first = false; window.kgReady = performance.now(); window.kgError = err.message; }
    }
  }

  function buildFilters(data) {
    for (const t of data.types) {
      const c = TYPES[t] || {};
      $('types').append(el('label', {}, el('input', { type: 'checkbox', value: t, 'data-type': t, onchange: (ev) => {
        ev.target.checked ? state.types.add(t) : state.types.delete(t);
        load();
      } }), ' ', el('span', { style: 'color:' + c.color }, '\u25A0'), ' ', t));
      $('legend').append(el('span', {}, el('i', { style: 'background:' + c.color }), t + ' (' + c.shape + ')'));
    }
    for (const p of data.predicates) {
      $('preds').append(el('label', {}, el('input', { type: 'checkbox', value: p, onchange: (ev) => {
        ev.target.checked ? state.preds.add(p) : state.preds.delete(p);
        load();
      } }), ' ', p));
    }
    for (const d of data.docs) {
      $('doc').append(el('option', { value: d.id, dir: 'auto' }, d.title ? d.id + ' \u2014 ' + d.title : d.id));
    }
  }

  // Focus and search.

  function setFocus(id, label) {
    state.focus = id;
    state.focusName = label || id;
    showFocus();
    load();
  }

  function debounce(fn, ms) {
    let t;
    return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };
  }

  async function search(q, list, pick) {
    list.textContent = '';
    if (!q.trim()) return;
    try {
      const hits = await api('/api/search?q=' + encodeURIComponent(q));
      if (!hits.length) list.append(el('li', { class: 'muted' }, 'No match'));
      for (const h of hits) {
        list.append(el('li', { 'data-id': h.id, onclick: () => pick(h) },
          name(h.name), el('span', { class: 'badge' }, h.type),
          h.matched !== h.name ? el('div', { class: 'muted' }, 'matched ', name(h.matched)) : null));
      }
    } catch (err) {
      toast(err.message, true);
    }
  }

  $('q').addEventListener('input', debounce(() => search($('q').value, $('results'), (h) => {
    state.selected = { kind: 'node', id: h.id };
    setFocus(h.id, h.name);
    showEntity(h.id);
  }), 150));
  $('hops').addEventListener('change', () => {
    const n = parseInt($('hops').value, 10);
    state.hops = n >= 1 && n <= 10 ? n : 1;
    if (state.focus) load();
    else writeURL();
  });
  $('clearFocus').addEventListener('click', () => setFocus('', ''));
  $('doc').addEventListener('change', () => { state.doc = $('doc').value; load(); });
  $('minConf').addEventListener('input', () => { $('minConfOut').textContent = $('minConf').value; });
  $('minConf').addEventListener('change', () => { state.minConf = parseFloat($('minConf').value) || 0; load(); });
  $('minSources').addEventListener('change', () => { state.minSources = parseInt($('minSources').value, 10) || 0; load(); });

  cy.on('viewport', debounce(labelInSight, 200));

  // Details.

  function select(kind, id) {
    state.selected = { kind, id };
    writeURL();
    return kind === 'edge' ? showFact(id) : showEntity(id);
  }
  cy.on('tap', 'node', (ev) => select('node', ev.target.id()));
  cy.on('tap', 'edge', (ev) => select('edge', ev.target.id()));
  // Tests and keyboard users open details by id.
  window.kgShow = (kind, id) => select(kind === 'edge' ? 'edge' : 'node', id);

  const LANGS = { en: 'Latin script (English)', ar: 'Arabic script', '': 'Other' };

  async function showEntity(id) {
    const box = $('details');
    let e;
    try { e = await api('/api/entity/' + encodeURIComponent(id)); } catch (err) { toast(err.message, true); return; }
    box.textContent = '';
    if (state.focus === e.id) { state.focusName = e.name; showFocus(); }
    box.append(el('h3', { id: 'entityName', 'data-id': e.id }, name(e.name), el('span', { class: 'badge' }, e.type)));
    box.append(el('div', { class: 'muted' }, e.id, ' \u00B7 ', e.mentions + ' mentions'));
    box.append(el('h2', {}, 'Names'));
    const names = el('table', { class: 'names' });
    for (const lang of Object.keys(e.names).sort()) {
      for (const a of e.names[lang]) {
        names.append(el('tr', {}, el('td', { class: 'muted' }, LANGS[lang] || lang),
          el('td', { dir: 'auto', lang: lang || undefined }, a.text), el('td', { class: 'muted' }, '\u00D7' + a.count)));
      }
    }
    box.append(names);
    if (e.roles && e.roles.length) box.append(el('div', {}, 'Roles: ', e.roles.join(', ')));
    box.append(el('h2', {}, 'Sources'));
    box.append(el('ul', {}, e.sources.map((d) => el('li', {}, link(d.url, d.id),
      d.title ? el('span', { class: 'muted' }, ' ', name(d.title)) : null))));
    box.append(el('h2', {}, 'Why these forms were merged'));
    if (!e.merges || !e.merges.length) box.append(el('div', { class: 'muted' }, 'One form only, or no merge recorded.'));
    else {
      box.append(el('table', { class: 'merges' },
        el('tr', {}, el('th', {}, 'form'), el('th', {}, 'into'), el('th', {}, 'rule'), el('th', {}, 'key'), el('th', {}, 'score')),
        e.merges.map((m) => el('tr', {}, el('td', { dir: 'auto' }, m.form), el('td', { dir: 'auto' }, m.into), el('td', {}, m.rule),
          el('td', { dir: 'auto' }, m.key || ''), el('td', {}, (m.score || 0).toFixed(2))))));
    }
    box.append(el('h2', {}, 'Relations (' + e.facts.length + ')'));
    box.append(el('ul', { class: 'hits' }, e.facts.map((f) => el('li', { onclick: () => select('edge', f.id) },
      f.subject === e.id ? '\u2192 ' + f.predicate + ' ' : '\u2190 ' + f.predicate + ' ', name(e.others[f.subject === e.id ? f.object : f.subject] || (f.subject === e.id ? f.object : f.subject))))));
    box.append(el('button', { type: 'button', onclick: () => setFocus(e.id, e.name) }, 'Focus here'));
    entityForms(box, e);
  }

  function entityForms(box, e) {
    box.append(el('h2', {}, 'Corrections'));
    // Rename.
    box.append(el('div', { class: 'form' },
      el('label', {}, 'Rename to', el('input', { id: 'renameInput', type: 'text', dir: 'auto', value: e.name })),
      el('button', { id: 'renameBtn', type: 'button', onclick: () => post({ op: 'rename', entities: [e.id], name: $('renameInput').value.trim() }) }, 'Rename')));
    // Retype.
    const sel = el('select', { id: 'retypeSel' }, Object.keys(TYPES).map((t) => el('option', { value: t, selected: t === e.type }, t)));
    box.append(el('div', { class: 'form' }, el('label', {}, 'Type', sel),
      el('button', { id: 'retypeBtn', type: 'button', onclick: () => post({ op: 'retype', entities: [e.id], type: sel.value }) }, 'Retype')));
    // Merge.
    state.mergeTarget = null;
    const target = el('div', { id: 'mergeTarget', class: 'muted' }, 'Pick the other entity.');
    const hits = el('ul', { id: 'mergeHits', class: 'hits' });
    const mq = el('input', { id: 'mergeQ', type: 'search', dir: 'auto', placeholder: 'Search the other entity' });
    mq.addEventListener('input', debounce(() => search(mq.value, hits, (h) => {
      if (h.id === e.id) { toast('That is this entity.', true); return; }
      state.mergeTarget = h;
      target.textContent = '';
      target.append('With ', name(h.name), ' (' + h.id + ')');
      hits.textContent = '';
    }), 150));
    const need = () => { if (!state.mergeTarget) { toast('Pick the other entity first.', true); return false; } return true; };
    box.append(el('div', { class: 'form' }, el('label', {}, 'Merge with another entity'), mq, hits, target,
      el('button', { id: 'mergeBtn', type: 'button', onclick: () => need() && post({ op: 'same-as', entities: [e.id, state.mergeTarget.id] }) }, 'Same entity: merge'),
      ' ',
      el('button', { id: 'notSameBtn', type: 'button', onclick: () => need() && post({ op: 'not-same-as', entities: [e.id, state.mergeTarget.id] }) }, 'Not the same')));
    // Split.
    const forms = el('div', { id: 'splitForms' }, e.aliases.map((a) => el('label', {},
      el('input', { type: 'checkbox', value: a.text }), ' ', name(a.text), el('span', { class: 'muted' }, ' ' + (a.lang || '')))));
    box.append(el('div', { class: 'form' }, el('div', {}, 'Split off the forms that are another entity'), forms,
      el('button', { id: 'splitBtn', type: 'button', onclick: () => {
        const picked = [...forms.querySelectorAll('input:checked')].map((x) => x.value);
        if (!picked.length) { toast('Tick the forms to split off.', true); return; }
        post({ op: 'split', entities: [e.id], forms: picked });
      } }, 'Split')));
  }

  async function showFact(id) {
    const box = $('details');
    let f;
    try { f = await api('/api/fact/' + encodeURIComponent(id)); } catch (err) { toast(err.message, true); return; }
    box.textContent = '';
    const sname = f.subjectEntity ? f.subjectEntity.name : f.subject;
    const oname = f.objectEntity ? f.objectEntity.name : f.object;
    box.append(el('h3', { id: 'factTitle', 'data-id': f.id },
      el('mark', { class: 'subject' }, name(sname)), ' ', f.predicate, ' ', el('mark', { class: 'object' }, name(oname))));
    box.append(el('div', { class: 'muted' }, f.id, ' \u00B7 confidence ', f.confidence.toFixed(2), ' \u00B7 ',
      f.sources + (f.sources === 1 ? ' source' : ' sources'), f.role ? ' \u00B7 role: ' + f.role : ''));
    box.append(el('div', { class: 'form' },
      el('button', { id: 'acceptBtn', type: 'button', onclick: () => post({ op: 'accept', fact: f.id }) }, 'Accept'), ' ',
      el('button', { id: 'rejectBtn', type: 'button', onclick: () => post({ op: 'reject', fact: f.id }) }, 'Reject')));
    box.append(el('h2', {}, 'Evidence (' + f.evidence.length + ')'));
    for (const ev of f.evidence) {
      const sent = el('div', { class: 'sent', dir: 'auto' }, ev.parts.map((p) => (p.mark ? el('mark', { class: p.mark }, p.text) : p.text)));
      const doc = ev.docInfo || { id: ev.doc };
      box.append(el('div', { class: 'ev' }, sent,
        el('div', { class: 'muted' }, 'from ', link(doc.url, doc.id),
          doc.title ? el('span', {}, ' \u201C', name(doc.title), '\u201D') : null,
          doc.published ? ' (' + doc.published + ')' : '',
          ' \u00B7 characters ' + ev.start + '\u2013' + ev.end,
          ' \u00B7 rule ', ev.rule, ' (' + ev.extractor + ')', ' \u00B7 ', (ev.confidence || 0).toFixed(2))));
    }
  }

  // Review.

  // The analyst's name goes with each decision; the browser keeps it.
  const author = $('author');
  try { author.value = localStorage.getItem('kgAuthor') || ''; } catch (e) { /* storage off */ }
  author.addEventListener('change', () => {
    try { localStorage.setItem('kgAuthor', author.value.trim()); } catch (e) { /* storage off */ }
  });

  async function post(d) {
    const who = author.value.trim();
    if (who) d.author = who;
    try {
      const r = await api('/api/review', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(d) });
      toast('Saved decision ' + (r.index + 1) + ' (' + d.op + '): pending until the next rebuild.');
      loadReview();
    } catch (err) {
      toast(err.message, true);
    }
  }

  // undo removes a pending decision: it never took effect.
  async function undo(d) {
    try {
      await api('/api/review/' + encodeURIComponent(d.id), { method: 'DELETE' });
      toast('Undid decision ' + (d.index + 1) + ' (' + d.op + ').');
      loadReview();
    } catch (err) {
      toast(err.message, true);
    }
  }

  function summary(d, byID) {
    // Entities by the name the analyst saw, where the decision has it.
    const ents = (d.entities || []).map((id, i) => {
      const a = d.anchor && d.anchor.entities && d.anchor.entities[i];
      return a && a.name ? name(a.name) : id;
    });
    const joined = (sep) => ents.map((x, i) => [i ? sep : '', x]);
    switch (d.op) {
      case 'accept': case 'reject': {
        const f = d.anchor && d.anchor.fact;
        return [d.op + ' ', f ? f.subject + ' ' + f.predicate + ' ' + f.object : d.fact];
      }
      case 'rename': return ['rename ', ents[0], ' \u2192 ', name(d.name)];
      case 'retype': return ['retype ', ents[0], ' \u2192 ', d.type];
      case 'split': return ['split ', ents[0], ': ', d.forms.map((x, i) => [i ? ', ' : '', name(x)])];
      case 'revoke': {
        const t = byID[d.revokes];
        return ['revoke ', t ? ['decision ' + (t.index + 1) + ' (' + t.op + ')'] : d.revokes];
      }
      case 'same-as': return ['same-as ', joined(' = ')];
      default: return [d.op + ' ', joined(' \u2260 ')];
    }
  }

  async function loadReview() {
    try {
      const r = await api('/api/review');
      $('reviewCounts').textContent = r.applied + ' applied, ' + r.pending + ' pending';
      const list = $('pending');
      list.textContent = '';
      const byID = {};
      for (const d of r.decisions) byID[d.id] = d;
      for (const d of r.decisions.slice().reverse()) {
        const revoked = d.revoked === 'applied';
        const stale = d.status === 'applied' && !d.reflected && !revoked && d.op !== 'revoke';
        const badge = revoked ? 'revoked' : stale ? 'applied, not reflected' : d.status;
        const who = [d.author, d.time ? d.time.replace('T', ' ').replace('Z', ' UTC') : ''].filter(Boolean).join(', ');
        let action = null;
        if (d.status === 'pending') {
          action = el('button', { type: 'button', class: 'undo', title: 'Remove this decision: it has not been applied', onclick: () => undo(d) }, 'Undo');
        } else if (d.op !== 'revoke' && !d.revoked) {
          action = el('button', { type: 'button', class: 'revoke', title: 'Withdraw this decision at the next rebuild; both stay in the review file', onclick: () => post({ op: 'revoke', revokes: d.id }) }, 'Revoke');
        }
        list.append(el('li', { value: d.index + 1, 'data-id': d.id, 'data-status': d.status, 'data-op': d.op, 'data-revoked': d.revoked || undefined },
          summary(d, byID), el('span', { class: 'badge ' + (revoked ? 'revoked' : stale ? 'stale' : d.status), title: stale ? 'in the last build, but the graph does not show it' : '' }, badge),
          d.revoked === 'pending' ? el('span', { class: 'badge pending' }, 'revoking') : null,
          action ? [' ', action] : null,
          who ? el('div', { class: 'muted' }, who) : null));
      }
    } catch (err) {
      toast(err.message, true);
    }
  }

  $('rebuild').addEventListener('click', async () => {
    $('rebuild').disabled = true;
    try {
      const r = await api('/api/rebuild', { method: 'POST' });
      toast('Rebuilt: ' + r.entities + ' entities, ' + r.facts + ' relations.');
      if (state.focus) {
        // The focus may have been merged away.
        try { await api('/api/entity/' + encodeURIComponent(state.focus)); } catch (e) { state.focus = ''; showFocus(); }
      }
      state.selected = null;
      $('details').textContent = '';
      await load();
      await loadReview();
    } catch (err) {
      toast(err.message, true);
    } finally {
      $('rebuild').disabled = false;
    }
  });

  async function download(format) {
    try {
      const res = await apiFetch('/api/export?format=' + format + '&' + query());
      if (!res.ok) {
        let msg = res.status + ' ' + res.statusText;
        try { msg = (await res.json()).error || msg; } catch (e) { /* not JSON */ }
        throw new Error(msg);
      }
      const url = URL.createObjectURL(await res.blob());
      const a = el('a', { href: url, download: 'kg-view.' + format });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (err) {
      toast(err.message, true);
    }
  }
  // fcose and the two libraries it needs load on the first Relayout, so
  // that the page does not parse them before drawing.
  let fcoseLoading = null;
  function loadFcose() {
    if (!fcoseLoading) {
      fcoseLoading = ['layout-base.js', 'cose-base.js', 'cytoscape-fcose.js'].reduce((p, f) => p.then(() => new Promise((ok, fail) => {
        const s = el('script', { src: '/static/vendor/' + f });
        s.onload = ok;
        s.onerror = () => fail(new Error('could not load ' + f));
        document.head.append(s);
      })), Promise.resolve());
      fcoseLoading.catch(() => { fcoseLoading = null; });
    }
    return fcoseLoading;
  }
  window.kgRelayouts = 0;

  $('relayout').addEventListener('click', async () => {
    const n = cy.nodes().length;
    if (n < 2 || n > RELAYOUT_MAX) return;
    try {
      await loadFcose();
    } catch (err) {
      toast(err.message, true);
      return;
    }
    const layout = cy.layout(fcose());
    layout.one('layoutstop', () => { window.kgRelayouts++; });
    layout.run();
  });
  $('dlDot').addEventListener('click', () => download('dot'));
  $('dlSvg').addEventListener('click', () => download('svg'));

  readURL();
  if (state.focus) {
    api('/api/entity/' + encodeURIComponent(state.focus)).then((e) => {
      if (state.focus === e.id) { state.focusName = e.name; showFocus(); }
    }).catch(() => { /* load() drops a focus the graph does not have */ });
  }
  load().then(() => {
    if (state.selected) select(state.selected.kind, state.selected.id);
  });
  loadReview();
})();
