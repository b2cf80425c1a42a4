/* Marsad's page: four views over the REST API (/api/...), Arabic first with an English toggle.
 *
 * Safety: every string from the API (article text, names, summaries) is untrusted. This file
 * never assigns innerHTML/outerHTML or builds HTML strings: it creates elements and text nodes
 * (el() below), sets attributes with setAttribute, and hands Leaflet DOM nodes, not strings.
 */
"use strict";

(function () {
  // ---------------------------------------------------------------- i18n
  const I18N = {
    ar: {
      "nav.docs": "المقالات", "nav.events": "الأحداث", "nav.timeline": "الخط الزمني والانتشار", "nav.map": "الخريطة",
      "docs.search": "ابحث في النصوص", "docs.go": "بحث", "docs.pick": "اختر مقالاً من القائمة.", "docs.none": "لا مقالات.",
      "f.type": "النوع", "f.mode": "الصيغة", "f.status": "الحالة", "f.actor": "الفاعل", "f.place": "المكان",
      "f.from": "من", "f.to": "إلى", "f.text": "نص", "f.apply": "تطبيق", "f.clear": "مسح", "f.any": "الكل",
      "col.date": "التاريخ", "col.type": "النوع", "col.status": "الحالة", "col.actors": "الفاعلون",
      "col.places": "الأماكن", "col.what": "ماذا", "col.sources": "المصادر",
      "tl.title": "الخط الزمني للأحداث", "tl.by": "حسب", "tl.place": "المكان", "tl.actor": "الفاعل",
      "po.title": "الانتشار العسكري عبر الزمن", "po.series": "السلسلة", "po.none": "لا بيانات انتشار.",
      "po.troops": "العدد", "po.reports": "التقارير وراء هذه النقطة", "po.level": "عدد معلن",
      "po.moved.in": "قوات وصلت", "po.moved.out": "قوات غادرت", "po.moved.at": "تحرّك قوات",
      "map.events": "الأحداث", "map.places": "الأماكن", "map.provinces": "المحافظات",
      "map.hint": "خريطة أساس مدمجة (Natural Earth)، بلا خادم بلاطات.",
      "stats": "{d} مقالة · {e} حدثاً · {m} حدثاً مدمجاً", "prev": "السابق", "next": "التالي",
      "page": "{a}–{b} من {n}", "count": "{n} حدثاً", "none": "لا شيء.",
      "side.details": "التفاصيل", "side.hint": "انقر على أي عبارة مظللة لعرض قيمتها المعيارية.",
      "side.events": "الأحداث", "side.statements": "التصريحات", "side.claims": "الآراء", "side.posture": "الانتشار",
      "k.PER": "شخص", "k.ORG": "منظمة", "k.LOC": "مكان", "k.FAC": "منشأة", "k.TIME": "زمن", "k.QTY": "كمية", "k.EVENT": "حدث",
      "d.kind": "النوع", "d.name_ar": "الاسم", "d.name_en": "بالإنجليزية", "d.kb_id": "المعرّف", "d.actor_code": "رمز الفاعل",
      "d.country": "البلد", "d.role": "الصفة", "d.geo": "الإحداثيات", "d.feature": "فئة المكان", "d.value": "القيمة",
      "d.grain": "الدقة", "d.relative": "نسبي", "d.calendar": "التقويم", "d.unit": "الوحدة", "d.approx": "تقريبي",
      "d.bounds": "الحدود", "d.type": "نوع الحدث", "d.mode": "الصيغة", "d.status": "الحالة", "d.date": "التاريخ",
      "d.summary": "الملخص", "d.text": "النص", "d.actor": "الفاعل", "d.recipient": "المتلقي", "d.location": "المكان",
      "d.origin": "من", "d.destination": "إلى", "d.source": "المصدر", "d.via": "عبر", "d.quantity": "الكمية",
      "yes": "نعم", "no": "لا", "reports": "{n} تقارير", "outlets": "{n} مصادر", "conflict": "تعارض",
      "unnamed": "غير مسمّى", "open": "افتح المقال", "published": "نُشر",
      "err": "خطأ", "loading": "جارٍ التحميل…",
    },
    en: {
      "nav.docs": "Articles", "nav.events": "Events", "nav.timeline": "Timeline & posture", "nav.map": "Map",
      "docs.search": "Search the texts", "docs.go": "Search", "docs.pick": "Pick an article from the list.", "docs.none": "No articles.",
      "f.type": "Type", "f.mode": "Mode", "f.status": "Status", "f.actor": "Actor", "f.place": "Place",
      "f.from": "From", "f.to": "To", "f.text": "Text", "f.apply": "Apply", "f.clear": "Clear", "f.any": "Any",
      "col.date": "Date", "col.type": "Type", "col.status": "Status", "col.actors": "Actors",
      "col.places": "Places", "col.what": "What", "col.sources": "Sources",
      "tl.title": "Timeline of events", "tl.by": "By", "tl.place": "Place", "tl.actor": "Actor",
      "po.title": "Force posture over time", "po.series": "Series", "po.none": "No posture data.",
      "po.troops": "Count", "po.reports": "Reports behind this point", "po.level": "stated level",
      "po.moved.in": "moved in", "po.moved.out": "moved out", "po.moved.at": "movement",
      "map.events": "Events", "map.places": "Places", "map.provinces": "Provinces",
      "map.hint": "Built-in basemap (Natural Earth), no tile server.",
      "stats": "{d} articles · {e} events · {m} merged events", "prev": "Previous", "next": "Next",
      "page": "{a}–{b} of {n}", "count": "{n} events", "none": "Nothing.",
      "side.details": "Details", "side.hint": "Click any highlighted phrase for its normalised value.",
      "side.events": "Events", "side.statements": "Statements", "side.claims": "Claims", "side.posture": "Posture",
      "k.PER": "Person", "k.ORG": "Organisation", "k.LOC": "Place", "k.FAC": "Facility", "k.TIME": "Time", "k.QTY": "Quantity", "k.EVENT": "Event",
      "d.kind": "Kind", "d.name_ar": "Name", "d.name_en": "English", "d.kb_id": "Identifier", "d.actor_code": "Actor code",
      "d.country": "Country", "d.role": "Role", "d.geo": "Coordinates", "d.feature": "Feature", "d.value": "Value",
      "d.grain": "Grain", "d.relative": "Relative", "d.calendar": "Calendar", "d.unit": "Unit", "d.approx": "Approximate",
      "d.bounds": "Bounds", "d.type": "Event type", "d.mode": "Mode", "d.status": "Status", "d.date": "Date",
      "d.summary": "Summary", "d.text": "Text", "d.actor": "Actor", "d.recipient": "Recipient", "d.location": "Location",
      "d.origin": "From", "d.destination": "To", "d.source": "Source", "d.via": "Via", "d.quantity": "Quantity",
      "yes": "yes", "no": "no", "reports": "{n} reports", "outlets": "{n} outlets", "conflict": "conflict",
      "unnamed": "unnamed", "open": "Open the article", "published": "Published",
      "err": "Error", "loading": "Loading…",
    },
  };
  const EVENT_TYPES = {
    AGREE: ["اتفاق", "Agree"], CONSULT: ["تشاور", "Consult"], SUPPORT: ["دعم", "Support"], CONCEDE: ["تنازل", "Concede"],
    COOPERATE: ["تعاون", "Cooperate"], AID: ["مساعدة", "Aid"], RETREAT: ["انسحاب", "Retreat"], REQUEST: ["مطالبة", "Request"],
    ACCUSE: ["اتهام", "Accuse"], REJECT: ["رفض", "Reject"], THREATEN: ["تهديد", "Threaten"], PROTEST: ["احتجاج", "Protest"],
    SANCTION: ["عقوبات", "Sanction"], MOBILIZE: ["حشد", "Mobilize"], COERCE: ["إكراه", "Coerce"], ASSAULT: ["هجوم", "Assault"],
  };
  const STATUSES = {
    occurred: ["وقع", "occurred"], ongoing: ["جارٍ", "ongoing"], planned: ["مخطَّط", "planned"],
    negated: ["منفي", "negated"], hypothetical: ["افتراضي", "hypothetical"],
    current: ["حالي", "current"], former: ["سابق", "former"],
  };
  const HOLDERS = { observers: ["مراقبون", "observers"], analysts: ["محللون", "analysts"], experts: ["خبراء", "experts"],
    others: ["آخرون", "others"], sources: ["مصادر", "sources"] };
  const TYPE_COLOURS = {
    AGREE: "#2e9a48", CONSULT: "#5b8def", SUPPORT: "#3aa39a", CONCEDE: "#9d7bd8", COOPERATE: "#1f9fd1", AID: "#62b36b",
    RETREAT: "#e08a00", REQUEST: "#b0760c", ACCUSE: "#c8374f", REJECT: "#a33b7a", THREATEN: "#d9480f", PROTEST: "#8e5bd1",
    SANCTION: "#7a5c3e", MOBILIZE: "#0b6e69", COERCE: "#b42318", ASSAULT: "#7a0b0b",
  };
  const UNITS = { troops: ["جندي", "troops"], personnel: ["فرد", "personnel"], vehicles: ["آلية", "vehicles"],
    aircraft: ["طائرة", "aircraft"], drones: ["مسيّرة", "drones"], killed: ["قتيل", "killed"], injured: ["جريح", "injured"],
    arrested: ["معتقل", "arrested"], displaced: ["نازح", "displaced"], other: ["", ""] };
  const KINDS = ["PER", "ORG", "LOC", "FAC", "TIME", "QTY", "EVENT"];

  let lang = localStorage.getItem("marsad.lang") === "en" ? "en" : "ar";
  const isAr = () => lang === "ar";
  function t(key, vars) {
    let s = (I18N[lang] && I18N[lang][key]) || I18N.en[key] || key;
    if (vars) for (const k of Object.keys(vars)) s = s.split("{" + k + "}").join(String(vars[k]));
    return s;
  }
  const pick = (pair) => (pair ? pair[isAr() ? 0 : 1] : "");
  const typeName = (type) => pick(EVENT_TYPES[type]) || type || "";
  const statusName = (s) => pick(STATUSES[s]) || s || "";
  const nameOf = (x) => (x ? (isAr() ? x.name_ar || x.name_en : x.name_en || x.name_ar) || x.key || "" : "");
  const fmtNum = (n) => (n == null ? "" : Number(n).toLocaleString(isAr() ? "ar-EG" : "en-GB"));

  // ---------------------------------------------------------------- DOM helpers (no HTML strings)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === "class") node.className = v;
        else if (k === "text") node.textContent = v;
        else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? "" : String(v));
      }
    }
    append(node, children);
    return node;
  }
  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c == null || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null) continue;
      if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c == null) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  const clear = (node) => { while (node.firstChild) node.removeChild(node.firstChild); return node; };
  const $ = (sel) => document.querySelector(sel);
  const tag = (text, cls) => el("span", { class: "tag " + (cls || "") }, text);
  const statusTag = (s) => tag(statusName(s), "t-status-" + s);
  const docHref = (docId, local) => "#/doc/" + encodeURIComponent(docId) + (local ? "?focus=" + encodeURIComponent(local) : "");

  function showError(msg) {
    const box = $("#error");
    box.textContent = t("err") + ": " + msg;
    box.hidden = false;
    setTimeout(() => { box.hidden = true; }, 6000);
  }

  async function api(path, params) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) if (v != null && v !== "") url.searchParams.set(k, v);
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.status + " " + res.statusText;
      throw new Error(msg);
    }
    return body;
  }

  // ---------------------------------------------------------------- language
  function applyLang() {
    document.documentElement.lang = lang;
    document.documentElement.dir = isAr() ? "rtl" : "ltr";
    for (const n of document.querySelectorAll("[data-i18n]")) n.textContent = t(n.getAttribute("data-i18n"));
    for (const n of document.querySelectorAll("[data-i18n-placeholder]")) n.setAttribute("placeholder", t(n.getAttribute("data-i18n-placeholder")));
    const btn = $("#lang-toggle");
    btn.textContent = isAr() ? "English" : "العربية";
    btn.setAttribute("lang", isAr() ? "en" : "ar");
    fillSelect($("#f-type"), EVENT_TYPES, typeName);
    fillSelect($("#tl-type"), EVENT_TYPES, typeName);
    fillSelect($("#f-status"), { occurred: 1, ongoing: 1, planned: 1, negated: 1, hypothetical: 1 }, statusName);
  }
  function fillSelect(select, table, label) {
    const value = select.value;
    clear(select).appendChild(el("option", { value: "" }, t("f.any")));
    for (const k of Object.keys(table)) select.appendChild(el("option", { value: k }, label(k)));
    select.value = value;
  }

  // ---------------------------------------------------------------- routing
  const state = { stats: null, docsOffset: 0, docsQuery: "", eventsOffset: 0, mapReady: false, record: null };
  function parseHash() {
    const h = location.hash.replace(/^#\/?/, "");
    const [path, query] = h.split("?");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    return { view: parts[0] || "events", arg: parts[1] || null, params: new URLSearchParams(query || "") };
  }
  async function route() {
    const r = parseHash();
    const view = { doc: "docs", docs: "docs", events: "events", timeline: "timeline", map: "map" }[r.view] || "events";
    for (const s of document.querySelectorAll(".view")) s.hidden = s.id !== "view-" + view;
    for (const a of document.querySelectorAll(".tabs a")) a.classList.toggle("active", a.dataset.view === view);
    document.body.dataset.view = view;
    try {
      if (view === "docs") { await loadDocs(); if (r.view === "doc" && r.arg) await openDoc(r.arg, r.params.get("focus")); }
      else if (view === "events") { formFromParams($("#event-filters"), r.params); await loadEvents(r.params); }
      else if (view === "timeline") await loadTimeline();
      else if (view === "map") await loadMap();
    } catch (e) { showError(e.message); }
  }
  function rerender() { applyLang(); renderStats(); route(); }

  async function loadStats() {
    try { state.stats = await api("/api/stats"); } catch (e) { state.stats = null; }
    renderStats();
    return state.stats;
  }
  function renderStats() {
    const s = state.stats;
    $("#stats").textContent = s ? t("stats", { d: fmtNum(s.documents), e: fmtNum(s.events), m: fmtNum(s.merged_events) }) : "";
  }

  /** Previous/next over a Page ({items, limit, offset, has_more, total}). */
  function pager(node, page, go) {
    clear(node);
    if (!page || (page.offset === 0 && !page.has_more)) return;
    const a = page.offset + 1, b = page.offset + page.items.length;
    append(node, [
      el("button", { type: "button", "data-page": "prev", disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)) }, t("prev")),
      el("span", null, t("page", { a: fmtNum(a), b: fmtNum(b), n: page.total != null ? fmtNum(page.total) : "…" })),
      el("button", { type: "button", "data-page": "next", disabled: !page.has_more, onclick: () => go(page.offset + page.limit) }, t("next")),
    ]);
  }
  const countOf = (page) => (page.total != null ? fmtNum(page.total) : fmtNum(page.offset + page.items.length) + (page.has_more ? "+" : ""));

  // ---------------------------------------------------------------- articles
  async function loadDocs() {
    const q = state.docsQuery;
    const page = q ? await api("/api/search", { q, limit: 50, offset: state.docsOffset })
                   : await api("/api/documents", { limit: 50, offset: state.docsOffset });
    const list = clear($("#docs"));
    if (!page.items.length) list.appendChild(el("li", { class: "empty" }, t("docs.none")));
    const current = parseHash().arg;
    for (const d of page.items) {
      const id = d.id || d.doc_id;
      list.appendChild(el("li", null, el("a", { href: docHref(id), class: id === current ? "active" : null, "data-doc": id },
        el("span", { class: "ar", dir: "rtl" }, d.title || id),
        el("span", { class: "meta" }, [d.outlet, d.published].filter(Boolean).join(" · ")),
        d.snippet ? el("span", { class: "meta ar", dir: "rtl" }, d.snippet) : null)));
    }
    pager($("#docs-pager"), page, (off) => { state.docsOffset = off; loadDocs().catch((e) => showError(e.message)); });
  }

  async function openDoc(docId, focus) {
    const reader = $("#reader");
    let rec = state.record;
    if (!rec || rec.doc.id !== docId) {
      clear(reader).appendChild(el("p", { class: "empty" }, t("loading")));
      rec = await api("/api/documents/" + encodeURIComponent(docId));
      state.record = rec;
    }
    renderReader(rec, focus);
  }

  /** Every highlight of a record as {start, end, kind, ref}. */
  function highlightsOf(rec) {
    const out = [];
    for (const e of rec.entities) for (const m of e.mentions) out.push({ start: m.start, end: m.end, kind: e.type, ref: e, rank: 1 });
    for (const x of rec.times) out.push({ start: x.start, end: x.end, kind: "TIME", ref: x, rank: 2 });
    for (const q of rec.quantities) out.push({ start: q.start, end: q.end, kind: "QTY", ref: q, rank: 0 });
    for (const v of rec.events) out.push({ start: v.trigger.start, end: v.trigger.end, kind: "EVENT", ref: v, rank: 3 });
    return out.filter((s) => s.end > s.start);
  }

  /** Nest spans into a tree (outer first); a span crossing its parent's end is clipped to it. */
  function spanTree(len, spans) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    const root = { start: 0, end: len, children: [] };
    const stack = [root];
    for (const s of spans) {
      while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
      const top = stack[stack.length - 1];
      const node = Object.assign({}, s, { end: Math.min(s.end, top.end), children: [] });
      if (node.end <= node.start) continue;
      top.children.push(node);
      stack.push(node);
    }
    return root;
  }

  function renderSpans(text, node, into, onPick) {
    let pos = node.start;
    for (const c of node.children) {
      if (c.start > pos) into.appendChild(document.createTextNode(text.slice(pos, c.start)));
      const mark = el("mark", { class: "hl k-" + c.kind, tabindex: "0", "data-kind": c.kind, "data-id": c.ref.id,
        "data-start": c.start, "data-end": c.end, title: hoverText(c) });
      mark.addEventListener("click", (ev) => { ev.stopPropagation(); onPick(c, mark); });
      mark.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onPick(c, mark); });
      renderSpans(text, c, mark, onPick);
      into.appendChild(mark);
      pos = c.end;
    }
    if (node.end > pos) into.appendChild(document.createTextNode(text.slice(pos, node.end)));
  }

  function hoverText(s) {
    const r = s.ref;
    if (["PER", "ORG", "LOC", "FAC"].includes(s.kind)) return [t("k." + s.kind), r.name_en || r.name_ar, r.kb_id].filter(Boolean).join(" · ");
    if (s.kind === "TIME") return [t("k.TIME"), r.value || "?", r.grain].filter(Boolean).join(" · ");
    if (s.kind === "QTY") return [t("k.QTY"), r.value != null ? r.value : (r.lower != null ? "≥" + r.lower : "?"), r.unit].join(" · ");
    return [typeName(r.type), r.mode, statusName(r.status), r.date].filter(Boolean).join(" · ");
  }

  function renderReader(rec, focus) {
    const reader = clear($("#reader"));
    const byId = new Map(rec.entities.map((e) => [e.id, e]));
    const ent = (id) => byId.get(id);
    const entName = (id) => { const e = ent(id); return e ? nameOf(e) : id; };
    const text = el("div", { class: "article-text ar", dir: "rtl", lang: "ar", id: "article-text" });
    const details = el("div", { class: "details", id: "details" }, el("p", { class: "empty" }, t("side.hint")));
    let selected = null;
    const onPick = (s, mark) => {
      if (selected) selected.classList.remove("selected");
      selected = mark; mark.classList.add("selected");
      showDetails(details, s, ent, entName);
    };
    renderSpans(rec.doc.text, spanTree(rec.doc.text.length, highlightsOf(rec)), text, onPick);

    const legend = el("div", { class: "legend" });
    for (const k of KINDS) {
      const b = el("button", { type: "button", "aria-pressed": "true", "data-kind": k },
        el("span", { class: "swatch", style: null }), t("k." + k));
      b.firstChild.classList.add("sw-" + k);
      b.firstChild.style.background = getComputedStyle(document.documentElement).getPropertyValue("--" + ({ PER: "per", ORG: "org", LOC: "loc", FAC: "fac", TIME: "time", QTY: "qty", EVENT: "trig" })[k] + "-b");
      b.addEventListener("click", () => {
        const on = b.getAttribute("aria-pressed") !== "true";
        b.setAttribute("aria-pressed", String(on));
        text.classList.toggle("hide-" + k, !on);
      });
      legend.appendChild(b);
    }

    const focusSpan = (span) => {
      for (const n of text.querySelectorAll(".focus-span")) n.classList.remove("focus-span");
      if (!span) return;
      const marks = [...text.querySelectorAll("mark")].filter((m) => +m.dataset.start >= span.start && +m.dataset.end <= span.end);
      marks.forEach((m) => m.classList.add("focus-span"));
      if (marks[0]) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
    };
    const side = el("div", { class: "side" }, el("h2", null, t("side.details")), details);
    const section = (title, items, render) => {
      side.appendChild(el("h2", null, title + " (" + fmtNum(items.length) + ")"));
      side.appendChild(items.length ? el("ul", null, items.map(render)) : el("p", { class: "empty" }, t("none")));
    };
    section(t("side.events"), rec.events, (v) => el("li", { class: "clickable", id: "ev-" + v.id, "data-event": v.id, onclick: () => {
      focusSpan(v.sentence);
      const m = text.querySelector('mark[data-kind="EVENT"][data-id="' + CSS.escape(v.id) + '"]');
      if (m) onPick({ kind: "EVENT", ref: v }, m);
    } },
      el("div", null, tag(typeName(v.type)), v.mode ? tag(v.mode) : null, statusTag(v.status), v.date ? el("span", { class: "latin" }, v.date) : null),
      isAr() ? el("div", { class: "ar" }, v.trigger.text, " — ", [...v.actor, ...v.location, ...v.origin, ...v.destination].map(entName).join("، "))
             : el("div", { class: "summary" }, v.summary_en || v.trigger.text)));
    section(t("side.statements"), rec.statements, (s) => el("li", { class: "clickable", onclick: () => focusSpan(s.content || s.cue) },
      el("div", null, el("b", null, s.speaker ? entName(s.speaker) : (s.speaker_text ? s.speaker_text.text : t("unnamed"))),
        s.via ? [" → ", el("span", null, entName(s.via))] : null,
        " ", tag(s.cue.text)),
      s.content ? el("div", { class: "ar summary", dir: "rtl" }, (s.direct ? "«" : "") + s.content.text + (s.direct ? "»" : "")) : null));
    section(t("side.claims"), rec.claims, (c) => el("li", { class: "clickable", onclick: () => focusSpan(c.content || c.holder) },
      el("div", null, tag(pick(HOLDERS[c.holder_kind]) || c.holder_kind), el("span", { class: "ar" }, c.holder.text)),
      c.content ? el("div", { class: "ar summary", dir: "rtl" }, c.content.text) : null));
    const qById = new Map(rec.quantities.map((q) => [q.id, q]));
    section(t("side.posture"), rec.posture, (p) => {
      const q = qById.get(p.quantity);
      return el("li", null, el("b", null, p.actor ? entName(p.actor) : "?"), " @ ", p.location ? entName(p.location) : "?", " — ",
        q ? (q.approx ? "~" : "") + fmtNum(q.value != null ? q.value : q.lower) + " " + (pick(UNITS[q.unit]) || q.unit || "") : "?", " ",
        statusTag(p.status), p.date ? el("span", { class: "latin" }, p.date) : null);
    });

    const head = el("div", null,
      el("h1", { class: "ar", dir: "rtl" }, rec.doc.title || rec.doc.id),
      el("div", { class: "byline" }, [rec.doc.outlet, rec.doc.published ? t("published") + " " + rec.doc.published : null].filter(Boolean).join(" · "),
        rec.doc.url ? [" · ", el("span", { class: "latin" }, rec.doc.url)] : null));
    reader.appendChild(el("div", { class: "reader-grid" }, el("div", null, head, legend, text), side));
    for (const a of document.querySelectorAll("#docs a")) a.classList.toggle("active", a.dataset.doc === rec.doc.id);
    if (focus) {
      const v = rec.events.find((x) => x.id === focus);
      const li = document.getElementById("ev-" + focus);
      if (v && li) li.click();
    }
  }

  function showDetails(box, s, ent, entName) {
    const r = s.ref;
    const rows = [[t("d.kind"), t("k." + s.kind)]];
    const add = (k, v) => { if (v != null && v !== "" && !(Array.isArray(v) && !v.length)) rows.push([t(k), v]); };
    if (["PER", "ORG", "LOC", "FAC"].includes(s.kind)) {
      add("d.name_ar", el("span", { class: "ar" }, r.name_ar)); add("d.name_en", r.name_en); add("d.kb_id", r.kb_id);
      add("d.actor_code", r.actor_code); add("d.country", r.country); add("d.role", r.role);
      if (r.geo) { add("d.geo", r.geo.lat.toFixed(3) + ", " + r.geo.lon.toFixed(3) + " (" + r.geo.precision + ")"); add("d.feature", [r.geo.feature, r.geo.admin1].filter(Boolean).join(" · ")); }
    } else if (s.kind === "TIME") {
      add("d.text", el("span", { class: "ar" }, r.text)); add("d.value", r.value || "—"); add("d.grain", r.grain);
      add("d.relative", r.relative ? t("yes") : t("no")); add("d.calendar", r.calendar);
    } else if (s.kind === "QTY") {
      add("d.text", el("span", { class: "ar" }, r.text)); add("d.value", r.value != null ? fmtNum(r.value) : "—"); add("d.unit", pick(UNITS[r.unit]) || r.unit);
      add("d.approx", r.approx ? t("yes") : t("no"));
      if (r.lower != null || r.upper != null) add("d.bounds", (r.lower != null ? r.lower : "…") + " – " + (r.upper != null ? r.upper : "…"));
      if (r.entity) add("d.actor", entName(r.entity));
    } else {
      add("d.type", typeName(r.type) + " (" + r.type + ")"); add("d.mode", r.mode); add("d.status", statusName(r.status));
      add("d.date", r.date);
      for (const role of ["actor", "recipient", "location", "origin", "destination"]) add("d." + role, (r[role] || []).map(entName).join("، "));
      if (r.source) add("d.source", entName(r.source)); if (r.via) add("d.via", entName(r.via));
      add("d.summary", el("span", { class: "latin" }, r.summary_en));
    }
    clear(box).appendChild(el("dl", null, rows.map(([k, v]) => [el("dt", null, k), el("dd", null, v)])));
  }

  // ---------------------------------------------------------------- events table
  function formFromParams(form, params) {
    for (const input of form.elements) if (input.name) input.value = params.get(input.name) || "";
  }
  function paramsFromForm(form) {
    const p = new URLSearchParams();
    for (const input of form.elements) if (input.name && input.value) p.set(input.name, input.value);
    return p;
  }
  async function loadEvents(params) {
    const q = Object.fromEntries(params.entries());
    const page = await api("/api/events", Object.assign({ limit: 50 }, q));
    $("#events-count").textContent = t("count", { n: countOf(page) });
    const body = clear($("#events-table tbody"));
    for (const v of page.items) body.appendChild(eventRow(v));
    pager($("#events-pager"), page, (off) => { params.set("offset", off); location.hash = "#/events?" + params.toString(); });
  }
  function eventRow(v) {
    const what = isAr() ? el("span", { class: "ar" }, v.sentence || v.trigger || "") : el("span", { class: "summary" }, v.summary_en || "");
    return el("tr", { "data-event": v.id, "data-type": v.type, "data-status": v.status },
      el("td", { class: "date" }, v.date || ""),
      el("td", null, tag(typeName(v.type)), v.mode ? el("div", { class: "summary latin" }, v.mode) : null),
      el("td", null, statusTag(v.status), v.has_conflict ? tag(t("conflict"), "conflict") : null),
      el("td", null, (v.actors || []).map(nameOf).join("، ")),
      el("td", null, (v.places || []).map(nameOf).join("، ")),
      el("td", { class: "what" }, what, v.conflicts && v.conflicts.length ? el("div", { class: "summary" }, v.conflicts.join("; ")) : null),
      el("td", { class: "sources" }, sourceLinks(v)));
  }
  function sourceLinks(v) {
    const reps = v.reports || [];
    return [el("div", { class: "summary" }, t("reports", { n: fmtNum(v.n_reports || reps.length) }),
      v.corroboration > 1 ? " · " + t("outlets", { n: fmtNum(v.corroboration) }) : ""),
    reps.map((r, i) => el("a", { href: docHref(r.doc_id, r.local_id), title: [r.title, r.outlet, r.published].filter(Boolean).join(" · ") },
      r.outlet || ("#" + (i + 1))))];
  }

  // ---------------------------------------------------------------- timeline
  const DAY = 86400000;
  const toTime = (iso) => (iso ? Date.parse(iso.length === 4 ? iso + "-07-01" : iso.length === 7 ? iso + "-15" : iso.slice(0, 10)) : NaN);

  function timeScale(items, width, left, right) {
    const times = items.filter((x) => !isNaN(x)).sort((a, b) => a - b);
    let lo = times[0], hi = times[times.length - 1];
    if (lo === undefined) { lo = Date.now() - 30 * DAY; hi = Date.now(); }
    if (hi - lo < 30 * DAY) { lo -= 15 * DAY; hi += 15 * DAY; }
    const pad = (hi - lo) * 0.04; lo -= pad; hi += pad;
    const x = (tm) => left + ((tm - lo) / (hi - lo)) * (width - left - right);
    return { x, lo, hi };
  }
  /** Date ticks for [lo, hi]: days or weeks over a short range, else months, quarters or years. */
  function monthTicks(lo, hi) {
    const out = [];
    const span = (hi - lo) / DAY;
    if (span < 75) {
      const step = span < 14 ? 1 : span < 35 ? 7 : 14;
      const d = new Date(lo); d.setUTCHours(0, 0, 0, 0);
      while (d.getTime() <= hi) { if (d.getTime() >= lo) out.push(d.getTime()); d.setUTCDate(d.getUTCDate() + step); }
      return out;
    }
    const months = span / 30.4;
    const step = [1, 3, 6, 12, 24, 60, 120, 240].find((m) => months / m <= 12) || 480;
    const d = new Date(lo); d.setUTCDate(1); d.setUTCHours(0, 0, 0, 0);
    d.setUTCMonth(d.getUTCMonth() - (step >= 12 ? d.getUTCMonth() : d.getUTCMonth() % step));
    if (step > 12) d.setUTCFullYear(d.getUTCFullYear() - (d.getUTCFullYear() % (step / 12)));
    while (d.getTime() <= hi) { if (d.getTime() >= lo) out.push(d.getTime()); d.setUTCMonth(d.getUTCMonth() + step); }
    return out;
  }
  /** A round step (1, 2, 2.5 or 5 × 10^n) giving about n ticks up to max. */
  function niceStep(max, n) {
    const raw = max / n, p = Math.pow(10, Math.floor(Math.log10(raw)));
    return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw);
  }
  const monthLabel = (tm) => {
    const iso = new Date(tm).toISOString();
    return iso.slice(5, 10) === "01-01" ? iso.slice(0, 4) : iso.slice(8, 10) === "01" ? iso.slice(0, 7) : iso.slice(0, 10);
  };

  async function loadTimeline() {
    const form = $("#tl-form");
    if (!state.tlInit && state.stats && state.stats.first_published) {
      // Articles also mention the distant past; start where the news does (the field shows it, and can be cleared).
      state.tlInit = true;
      form.elements.date_from.value = (Number(state.stats.first_published.slice(0, 4)) - 1) + "-01-01";
    }
    const data = await api("/api/timeline", { by: form.elements.by.value, type: form.elements.type.value,
      date_from: form.elements.date_from.value, date_to: form.elements.date_to.value });
    renderTimeline(data);
    const po = await api("/api/posture");
    renderPostureSeries(po);
  }

  function renderTimeline(data) {
    const box = clear($("#timeline"));
    const groups = data.groups || [];
    if (!groups.length) { box.appendChild(el("p", { class: "empty" }, t("none"))); return; }
    const width = Math.max(box.clientWidth || 900, 640), left = 190, right = 20, rowH = 26, top = 24;
    const all = groups.flatMap((g) => g.events.map((v) => toTime(v.date)));
    const { x, lo, hi } = timeScale(all, width, left, right);
    const height = top + groups.length * rowH + 10;
    const root = svg("svg", { width, height, role: "img", "aria-label": t("tl.title") });
    for (const tm of monthTicks(lo, hi)) {
      root.appendChild(svg("line", { class: "grid", x1: x(tm), x2: x(tm), y1: top - 6, y2: height }));
      root.appendChild(svg("text", { x: x(tm), y: 14, "text-anchor": "middle" }, monthLabel(tm)));
    }
    groups.forEach((g, i) => {
      const y = top + i * rowH + rowH / 2;
      root.appendChild(svg("line", { class: "grid", x1: left, x2: width - right, y1: y, y2: y }));
      root.appendChild(svg("text", { x: left - 8, y: y + 4, "text-anchor": "end" }, truncate(nameOf(g), 26)));
      for (const v of g.events) {
        const tm = toTime(v.date);
        if (isNaN(tm)) continue;
        const r = 4 + Math.min(6, (v.n_reports || 1) - 1) * 1.2;
        const dot = svg("circle", { class: "dot", cx: x(tm), cy: y, r, fill: TYPE_COLOURS[v.type] || "#666", "data-event": v.id },
          svg("title", null, [v.date, typeName(v.type), statusName(v.status), isAr() ? v.trigger : v.summary_en].filter(Boolean).join(" · ")));
        dot.addEventListener("click", () => {
          for (const d of root.querySelectorAll(".dot.selected")) d.classList.remove("selected");
          dot.classList.add("selected");
          showEventDetail($("#tl-detail"), v);
        });
        root.appendChild(dot);
      }
    });
    box.appendChild(root);
    const legend = el("div", { class: "legend" });
    const used = [...new Set(groups.flatMap((g) => g.events.map((v) => v.type)))];
    for (const ty of used) { const s = el("span", { class: "swatch" }); s.style.background = TYPE_COLOURS[ty] || "#666"; legend.appendChild(el("span", null, s, typeName(ty))); }
    box.appendChild(legend);
  }
  const truncate = (s, n) => (s && s.length > n ? s.slice(0, n - 1) + "…" : s || "");

  function showEventDetail(box, v) {
    clear(box).appendChild(el("div", null,
      el("div", null, el("b", { class: "latin" }, v.date || ""), " ", tag(typeName(v.type)), v.mode ? tag(v.mode) : null, statusTag(v.status),
        v.has_conflict ? tag(t("conflict"), "conflict") : null),
      el("div", { class: "summary" }, v.summary_en || ""),
      v.sentence ? el("div", { class: "ar", dir: "rtl" }, v.sentence) : null,
      el("div", { class: "sources" }, sourceLinks(v))));
  }

  // ---------------------------------------------------------------- posture
  let postureData = null;
  function renderPostureSeries(data) {
    postureData = data;
    const sel = $("#po-series");
    const prev = sel.value;
    clear(sel);
    (data.series || []).forEach((s, i) => sel.appendChild(el("option", { value: String(i), "data-key": s.key },
      (nameOf(s.actor) || t("unnamed")) + " — " + (nameOf(s.location) || t("unnamed")) + " · " + (pick(UNITS[s.unit]) || s.unit || "") + " (" + s.points.length + ")")));
    if (prev && +prev < (data.series || []).length) sel.value = prev;
    renderPosture();
  }
  function renderPosture() {
    const box = clear($("#posture"));
    clear($("#po-detail"));
    const series = postureData && postureData.series && postureData.series[+$("#po-series").value || 0];
    if (!series || !series.points.length) { box.appendChild(el("p", { class: "empty" }, t("po.none"))); return; }
    const pts = series.points.filter((p) => !isNaN(toTime(p.date)) && (p.quantity != null || p.lower != null));
    const width = Math.max(box.clientWidth || 900, 640), height = 260, left = 70, right = 20, top = 16, bottom = 30;
    const { x, lo, hi } = timeScale(pts.map((p) => toTime(p.date)), width, left, right);
    const vals = pts.flatMap((p) => [p.quantity, p.lower, p.upper]).filter((v) => v != null);
    const step = niceStep(Math.max(1, ...vals) * 1.1, 4);
    const vmax = step * Math.ceil((Math.max(1, ...vals) * 1.1) / step);
    const y = (v) => top + (1 - v / vmax) * (height - top - bottom);
    const root = svg("svg", { width, height, role: "img", "aria-label": t("po.title") });
    for (let i = 0; i * step <= vmax + 1e-9; i++) {
      const v = step * i;
      root.appendChild(svg("line", { class: "grid", x1: left, x2: width - right, y1: y(v), y2: y(v) }));
      root.appendChild(svg("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end" }, Math.round(v).toLocaleString("en-GB")));
    }
    for (const tm of monthTicks(lo, hi)) root.appendChild(svg("text", { x: x(tm), y: height - 8, "text-anchor": "middle" }, monthLabel(tm)));
    const sorted = pts.slice().sort((a, b) => toTime(a.date) - toTime(b.date));
    const levels = sorted.filter((p) => p.kind !== "movement");  // the line joins stated levels only
    const line = levels.map((p, i) => (i ? "L" : "M") + x(toTime(p.date)).toFixed(1) + "," + y(p.quantity != null ? p.quantity : p.lower).toFixed(1)).join(" ");
    if (line) root.appendChild(svg("path", { class: "line", d: line }));
    for (const p of sorted) {
      const v = p.quantity != null ? p.quantity : p.lower;
      const cx = x(toTime(p.date)), cy = y(v);
      const fill = p.status === "planned" ? "#e08a00" : p.status === "former" ? "#98a2b3" : p.status === "negated" ? "#c8374f" : "#0b6e69";
      const label = [p.date, (p.approx ? "~" : "") + Math.round(v).toLocaleString("en-GB"), statusName(p.status),
        p.kind === "movement" ? t("po.moved." + (p.direction || "at")) : t("po.level")].join(" · ");
      let dot;
      if (p.kind === "movement") {
        const r = 7, up = p.direction !== "out";
        const d = up ? `M${cx},${cy - r} L${cx + r},${cy + r * 0.7} L${cx - r},${cy + r * 0.7} Z` : `M${cx},${cy + r} L${cx + r},${cy - r * 0.7} L${cx - r},${cy - r * 0.7} Z`;
        dot = svg("path", { class: "dot movement", d, fill, "data-kind": "movement" }, svg("title", null, label));
      } else {
        dot = svg("circle", { class: "dot", cx, cy, r: 5 + Math.min(5, (p.reports || []).length - 1), fill, "data-kind": "posture" },
          svg("title", null, label));
      }
      if (p.disagree) dot.classList.add("disagree");
      dot.addEventListener("click", () => {
        for (const d of root.querySelectorAll(".dot.selected")) d.classList.remove("selected");
        dot.classList.add("selected");
        const box2 = clear($("#po-detail"));
        box2.appendChild(el("b", null, t("po.reports"), " — ", label,
          p.disagree ? [" ", tag(fmtNum(p.lower) + "–" + fmtNum(p.upper), "conflict")] : null));
        for (const r of p.reports || []) box2.appendChild(el("div", { class: "report" },
          el("a", { href: docHref(r.doc_id, r.local_id && r.local_id.startsWith("V") ? r.local_id : null) }, r.title || r.doc_id),
          " · ", [r.outlet, r.published].filter(Boolean).join(" · "), " ",
          statusTag(r.status), r.quantity_text ? el("span", { class: "ar" }, " «" + r.quantity_text + "»") : null));
      });
      root.appendChild(dot);
    }
    const legend = el("div", { class: "legend" }, el("span", null, "● " + t("po.level")), el("span", null, "▲ " + t("po.moved.in")),
      el("span", null, "▼ " + t("po.moved.out")));
    box.appendChild(root);
    box.appendChild(legend);
    return;
    box.appendChild(root);
  }

  // ---------------------------------------------------------------- map
  let map = null, layers = {};
  async function loadMap() {
    if (typeof L === "undefined") throw new Error("Leaflet did not load");
    if (!map) {
      map = L.map("map", { zoomControl: true, attributionControl: true, worldCopyJump: false, minZoom: 2, maxZoom: 10 });
      map.attributionControl.setPrefix(false);
      map.attributionControl.addAttribution("Natural Earth");
      const [countries, provinces] = await Promise.all([
        fetch("/static/vendor/basemap/countries.json").then((r) => r.json()),
        fetch("/static/vendor/basemap/provinces.json").then((r) => r.json())]);
      map.createPane("basemap"); map.getPane("basemap").style.zIndex = 250;
      map.createPane("places"); map.getPane("places").style.zIndex = 420;
      map.createPane("events"); map.getPane("events").style.zIndex = 440;
      L.geoJSON(countries, { pane: "basemap", interactive: false, style: { color: "#8a8f98", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
      layers.provinces = L.geoJSON(provinces, { pane: "basemap", style: { color: "#b5b9c2", weight: 0.7, dashArray: "3 3", fill: false },
        onEachFeature: (f, layer) => layer.bindTooltip(el("span", null, isAr() ? f.properties.name_ar || f.properties.name_en : f.properties.name_en), { sticky: true }) }).addTo(map);
      map.setView([33, 44], 5);
      $("#m-events").addEventListener("change", syncLayers);
      $("#m-places").addEventListener("change", syncLayers);
      $("#m-provinces").addEventListener("change", syncLayers);
    }
    const data = await api("/api/map");
    for (const k of ["events", "places"]) if (layers[k]) map.removeLayer(layers[k]);
    layers.places = L.layerGroup();
    layers.events = L.layerGroup();
    const bounds = [];
    const atPlace = new Map();  // events at one place share one marker: its popup lists them all
    for (const f of data.features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties;
      if (p.kind === "place") {
        L.circleMarker([lat, lon], { pane: "places", radius: 4, color: "#475467", weight: 1, fillColor: "#fff", fillOpacity: 1 })
          .bindTooltip(el("span", null, nameOf(p), " · ", p.feature || "")).bindPopup(placePopup(p)).addTo(layers.places);
      } else {
        const key = (p.place && p.place.key) || lat + "," + lon;
        if (!atPlace.has(key)) atPlace.set(key, { lat, lon, place: p.place, events: [] });
        atPlace.get(key).events.push(p);
      }
    }
    for (const g of atPlace.values()) {
      bounds.push([g.lat, g.lon]);
      const types = new Map();
      for (const p of g.events) types.set(p.type, (types.get(p.type) || 0) + 1);
      const main = [...types.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const m = L.circleMarker([g.lat, g.lon], { pane: "events", radius: 6 + Math.min(10, 2 * Math.sqrt(g.events.length - 1)),
        color: "#fff", weight: 1.5, fillColor: TYPE_COLOURS[main] || "#666", fillOpacity: 0.85, className: "event-marker" });
      m.bindTooltip(el("span", null, nameOf(g.place), " · ", t("count", { n: fmtNum(g.events.length) })));
      m.bindPopup(() => eventsPopup(g), { maxHeight: 320 });
      m.addTo(layers.events);
    }
    syncLayers();
    setTimeout(() => {
      map.invalidateSize();
      if (bounds.length) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 });
    }, 0);
  }
  function syncLayers() {
    for (const [k, id] of [["events", "#m-events"], ["places", "#m-places"], ["provinces", "#m-provinces"]]) {
      if (!layers[k]) continue;
      if ($(id).checked) layers[k].addTo(map); else map.removeLayer(layers[k]);
    }
  }
  function eventsPopup(g) {
    const box = el("div", { class: isAr() ? "popup-ar" : null }, el("b", null, nameOf(g.place)));
    const events = g.events.slice().sort((a, b) => String(a.date || "").localeCompare(String(b.date || "")));
    for (const p of events.slice(0, 25)) box.appendChild(el("div", { class: "report", "data-event": p.id },
      el("div", null, tag(typeName(p.type)), statusTag(p.status), el("span", { class: "latin" }, p.date || ""),
        p.has_conflict ? tag(t("conflict"), "conflict") : null),
      isAr() ? (p.sentence ? el("div", { class: "ar" }, p.sentence) : null) : el("div", { class: "summary" }, p.summary_en || ""),
      el("div", { class: "sources" }, sourceLinks(p))));
    if (events.length > 25) box.appendChild(el("div", { class: "summary" }, "… +" + fmtNum(events.length - 25)));
    return box;
  }
  function placePopup(p) {
    return el("div", { class: isAr() ? "popup-ar" : null },
      el("b", null, nameOf(p)), " ", el("span", { class: "summary" }, [p.feature, p.kb_id].filter(Boolean).join(" · ")),
      el("div", null, el("a", { href: "#/events?place=" + encodeURIComponent(p.name_ar || p.key) }, t("reports", { n: fmtNum(p.n_events || 0) }))));
  }

  // ---------------------------------------------------------------- wiring
  function init() {
    applyLang();
    $("#lang-toggle").addEventListener("click", () => {
      lang = isAr() ? "en" : "ar";
      localStorage.setItem("marsad.lang", lang);
      if (map) { for (const k of ["events", "places"]) if (layers[k]) map.removeLayer(layers[k]); }
      rerender();
    });
    $("#doc-search").addEventListener("submit", (ev) => {
      ev.preventDefault(); state.docsQuery = $("#doc-q").value.trim(); state.docsOffset = 0;
      loadDocs().catch((e) => showError(e.message));
    });
    $("#event-filters").addEventListener("submit", (ev) => {
      ev.preventDefault(); location.hash = "#/events?" + paramsFromForm(ev.target).toString();
    });
    $("#event-filters").addEventListener("reset", () => { setTimeout(() => { location.hash = "#/events"; }, 0); });
    $("#tl-form").addEventListener("change", () => loadTimeline().catch((e) => showError(e.message)));
    $("#po-series").addEventListener("change", renderPosture);
    window.addEventListener("hashchange", route);
    const statsReady = loadStats();
    api("/api/entities", { limit: 500 }).then((page) => {
      const actors = clear($("#actor-names")), places = clear($("#place-names"));
      for (const e of page.items) (["LOC", "FAC"].includes(e.type) ? places : actors).appendChild(el("option", { value: e.name_ar }, e.name_en || ""));
    }).catch(() => {});
    statsReady.then(route).then(() => { document.body.dataset.ready = "1"; });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
