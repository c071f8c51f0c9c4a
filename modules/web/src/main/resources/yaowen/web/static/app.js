/*
 * Yaowen's analyst dashboard: one page, hash routes, a client of the JSON API (docs/api.md) like any script.
 * No build step. Everything read from the API is inserted as text (DOM text nodes, attributes), never as HTML.
 */
'use strict';

/* ---------- UI strings: the one dictionary (Chinese first) ---------- */

const STRINGS = {
  zh: {
    skip: '跳到正文', menu: '菜单', loading: '正在加载…', footer: '数据来自地方政府网站公开报道。',
    navFeed: '首页', navRegions: '地区', navCompare: '指标对比', navTargets: '目标完成',
    switchTo: 'English', colon: '：', currentRegion: '当前地区', clearRegion: '清除地区',
    live: '实时动态', liveWaiting: '等待新会议…', liveOn: '已连接', liveOff: '连接中断，正在重连', isNew: '新',
    meetings: '近期会议', region: '地区', allRegions: '全部地区', type: '会议类型', allTypes: '全部类型',
    from: '起始日期', to: '截止日期', q: '关键词', qHint: '会议名称、标题、人名…', apply: '筛选', reset: '重置',
    more: '加载更多', noMore: '没有更多了', none: '没有结果。', export: '导出',
    date: '日期', name: '名称', types: '类型', people: '人员', sources: '来源',
    regionTree: '地区', regionTreeHint: '省 → 市 → 县（区），括号内为会议数 / 指标数。', meetingsN: '会议', metricsN: '指标',
    open: '打开', series: '历年走势', indicator: '指标', measure: '口径', kind: '类别', year: '年份', verdict: '结果',
    allIndicators: '全部指标', allYears: '全部年份', allVerdicts: '全部结果',
    target: '目标', actual: '实际', gap: '差距', evidence: '依据', targetEvidence: '目标原文', actualEvidence: '实际原文',
    targets: '目标与完成', leaders: '领导任职', office: '职务', term: '任期', present: '至今', noData: '暂无数据',
    regionMeetings: '该地区的会议', compare: '指标对比', regionPrefix: '地区范围（代码前缀）', value: '数值', rank: '名次',
    compareHint: '全年、本级数据，每个地区一个数值，由高到低。', targetsTitle: '目标完成情况',
    meeting: '会议', meetingNotFound: '找不到这个会议。', article: '文章', original: '原文链接', source: '来源',
    published: '发布时间', metricsOfMeeting: '会议中的指标', metricsOfArticle: '文中的指标', display: '数值', raw: '原文', articleFigures: '文中数字已标出（黄色为实际数，蓝色为目标）；悬停或点按查看。',
    part: '角色', role: '职务', error: '出错了', errorNet: '无法连接服务器。', retry: '重试',
    period: '期间', scope: '范围', unitPct: '%', pp: '个百分点', ceiling: '上限目标', preliminary: '初步数',
    yes: '是', no: '否', congress: '届', plenary: '次全会', reviewYear: '回顾年份', planYear: '计划年份',
    notFoundView: '没有这个页面。', back: '返回首页', emptyBody: '（正文为空）',
  },
  en: {
    skip: 'Skip to content', menu: 'Menu', loading: 'Loading…', footer: 'Data from public reports on local-government websites.',
    navFeed: 'Home', navRegions: 'Regions', navCompare: 'Compare', navTargets: 'Targets',
    switchTo: '中文', colon: ': ', currentRegion: 'Region', clearRegion: 'Clear region',
    live: 'Live', liveWaiting: 'Waiting for new meetings…', liveOn: 'connected', liveOff: 'disconnected, reconnecting', isNew: 'new',
    meetings: 'Recent meetings', region: 'Region', allRegions: 'All regions', type: 'Meeting type', allTypes: 'All types',
    from: 'From', to: 'To', q: 'Search', qHint: 'meeting name, title, person…', apply: 'Filter', reset: 'Reset',
    more: 'Load more', noMore: 'No more results', none: 'No results.', export: 'Export',
    date: 'Date', name: 'Name', types: 'Types', people: 'People', sources: 'Sources',
    regionTree: 'Regions', regionTreeHint: 'Province → city → county; meetings / figures in brackets.', meetingsN: 'meetings', metricsN: 'figures',
    open: 'Open', series: 'Over the years', indicator: 'Indicator', measure: 'Measure', kind: 'Kind', year: 'Year', verdict: 'Verdict',
    allIndicators: 'All indicators', allYears: 'All years', allVerdicts: 'All verdicts',
    target: 'Target', actual: 'Actual', gap: 'Gap', evidence: 'Evidence', targetEvidence: 'target source', actualEvidence: 'actual source',
    targets: 'Targets and outcomes', leaders: 'Leadership', office: 'Office', term: 'Term', present: 'present', noData: 'No data yet',
    regionMeetings: "This region's meetings", compare: 'Compare regions', regionPrefix: 'Region (code prefix)', value: 'Value', rank: 'Rank',
    compareHint: 'Whole-year figures of each region itself, one per region, highest first.', targetsTitle: 'Targets met or missed',
    meeting: 'Meeting', meetingNotFound: 'No such meeting.', article: 'Article', original: 'Original', source: 'Source',
    published: 'Published', metricsOfMeeting: 'Figures in this meeting', metricsOfArticle: 'Figures in this article', display: 'Value', raw: 'As written', articleFigures: 'Figures are marked (yellow: results, blue: targets); hover or tap one for details.',
    part: 'Part', role: 'Role', error: 'Something went wrong', errorNet: 'Cannot reach the server.', retry: 'Retry',
    period: 'Period', scope: 'Scope', unitPct: '%', pp: 'pp', ceiling: 'ceiling target', preliminary: 'preliminary',
    yes: 'yes', no: 'no', congress: 'congress', plenary: 'plenary', reviewYear: 'Year reviewed', planYear: 'Year planned',
    notFoundView: 'No such page.', back: 'Back home', emptyBody: '(empty body)',
  },
};

/** Units an amount is written with (money scaled for reading); named units (PP, TON, …) come from /api/vocabulary. */
const AMOUNT_UNITS = {
  zh: { PERCENT: '%', CNY: '元', USD: '美元', COUNT: '' },
  en: { PERCENT: '%', CNY: 'yuan', USD: 'USD', COUNT: '' },
};

const LANG_KEY = 'yaowen.lang';
const state = {
  lang: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh',
  vocab: null,          // code → {zh, en} per group, from /api/vocabulary
  regions: null,        // the region tree
  regionIndex: new Map(),
  live: [],             // meetings from /api/feed, newest first
  liveStatus: 'liveWaiting',
  charts: [],
};

const t = (key) => STRINGS[state.lang][key] ?? STRINGS.zh[key] ?? key;

/* ---------- DOM: elements and text only ---------- */

/** An element with attributes (on* never) and children (strings become text nodes). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'onclick' || k === 'onsubmit' || k === 'onchange' || k === 'ontoggle') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** A link to a page elsewhere, only when it is http(s); otherwise just the text. */
function outLink(url, text) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text || url);
  }
  return h('span', { class: 'muted' }, text || '—');
}

const route = (path, params) => '#' + path + (params && [...params.keys()].length ? '?' + params : '');
const articleLink = (id, text) => (id ? h('a', { href: route('/article/' + encodeURIComponent(id)) }, text) : '—');
const meetingLink = (key, text) => h('a', { href: route('/meeting/' + encodeURIComponent(key)) }, text);
/** A region by its full name (河南省开封市龙亭区): the answer's label, else the tree's, else its name. */
function regionLink(region) {
  const known = region && region.code && state.regionIndex.get(region.code);
  const label = (region && region.label) || (known && known.label) || (region && (region.name || region.code));
  return region && region.code ? h('a', { href: route('/region/' + encodeURIComponent(region.code)) }, label)
    : h('span', { class: 'muted' }, label || '—');
}

/** A table in a horizontally scrolling, keyboard-reachable box; {@code rows} are rows or a tbody to fill later. */
function table(id, headers, rows, caption) {
  const head = h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x))));
  const body = rows instanceof HTMLTableSectionElement ? rows : h('tbody', {}, rows);
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption || '' },
    h('table', { id }, caption ? h('caption', { class: 'sr-only' }, caption) : null, head, body));
}

/* ---------- names for codes (never a raw code on screen) ---------- */

const VOCAB_GROUPS = ['meetingTypes', 'indicators', 'kinds', 'measures', 'qualifiers', 'units', 'verdicts', 'offices'];

/** The name of {@code code} in {@code group} in the current language; the API's Chinese name, then the code, as fallbacks. */
function nameOf(group, code, zhName) {
  if (code === null || code === undefined) return '';
  const entry = state.vocab && state.vocab[group] && state.vocab[group].get(code);
  if (entry && state.lang === 'en' && entry.en) return entry.en.charAt(0).toUpperCase() + entry.en.slice(1);
  if (entry) return entry.zh;
  return zhName || code;
}

function vocabOptions(group, selected, allLabel) {
  const items = state.vocab ? [...state.vocab[group].keys()] : [];
  return [allLabel === undefined ? null : h('option', { value: '' }, allLabel),
    ...items.map((code) => h('option', { value: code, selected: code === selected }, nameOf(group, code)))];
}

/* ---------- figures ---------- */

const numberFormat = (v, digits = 2) => Number(v).toLocaleString(state.lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits });

/** A unit's label in the current language: an amount's own, else the vocabulary's name, else nothing. */
function unitLabel(unit) {
  const own = AMOUNT_UNITS[state.lang][unit];
  if (own !== undefined) return own;
  const entry = state.vocab && state.vocab.units && state.vocab.units.get(unit);
  return entry ? entry[state.lang] : '';
}

/** An amount with its unit, money scaled (亿元/万元; bn/m yuan). */
function amount(value, unit) {
  if (value === null || value === undefined) return '—';
  const zh = state.lang === 'zh';
  const money = unit === 'CNY' || unit === 'USD';
  const u = unitLabel(unit);
  if (money && Math.abs(value) >= 1e8) return zh ? `${numberFormat(value / 1e8)} 亿${u}` : `${numberFormat(value / 1e9, 3)} bn ${u}`;
  if (money && Math.abs(value) >= 1e4) return zh ? `${numberFormat(value / 1e4)} 万${u}` : `${numberFormat(value / 1e6, 3)} m ${u}`;
  if (unit === 'PERCENT') return `${numberFormat(value)}%`;
  return `${numberFormat(value)}${u ? ' ' + u : ''}`;
}

/** A metric's value as read, its qualifier (约, 不低于…) or range included: the API's Chinese display, or built. */
function figure(m) {
  if (!m) return '—';
  const zh = state.lang === 'zh';
  const one = (v) => (m.measure !== 'GROWTH' ? amount(v, m.unit)
    : zh ? `${v >= 0 ? '增长' : '下降'} ${numberFormat(Math.abs(v))}%` : `${v >= 0 ? '+' : '−'}${numberFormat(Math.abs(v))}%`);
  const range = m.rangeMin !== null && m.rangeMin !== undefined && m.rangeMax !== null && m.rangeMax !== undefined;
  const text = range ? `${one(m.rangeMin)} – ${one(m.rangeMax)}` : zh && m.display ? m.display : one(m.value);
  return m.qualifier ? `${nameOf('qualifiers', m.qualifier, m.qualifierName)} ${text}` : text;
}

/** A period code in words: H1 上半年, Q1 一季度, Q1-Q3 前三季度, M1-M2 1-2月; null is the whole year. */
function periodName(code) {
  if (!code) return '';
  const zh = state.lang === 'zh';
  const cn = ['', '一', '二', '三', '四'];
  let m;
  if ((m = /^H([12])$/.exec(code))) return zh ? (m[1] === '1' ? '上半年' : '下半年') : code;
  if ((m = /^Q([1-4])$/.exec(code))) return zh ? `${cn[m[1]]}季度` : code;
  if ((m = /^Q1-Q([2-4])$/.exec(code))) return zh ? `前${cn[m[1]]}季度` : code;
  if ((m = /^M(\d{1,2})(?:-M(\d{1,2}))?$/.exec(code))) return zh ? (m[2] ? `${m[1]}-${m[2]}月` : `${m[1]}月`) : code;
  return code;
}

function gapText(row) {
  if (row.gap === null || row.gap === undefined) return '—';
  const sign = row.gap > 0 ? '+' : row.gap < 0 ? '−' : '';
  const unit = (row.target && row.target.unit) || '';
  if (row.measure === 'GROWTH' || unit === 'PERCENT') return `${sign}${numberFormat(Math.abs(row.gap))} ${t('pp')}`;
  return sign + amount(Math.abs(row.gap), unit);
}

/* ---------- the API ---------- */

class ApiError extends Error {
  constructor(status, body) {
    super((body && (state.lang === 'en' ? body.messageEn || body.message : body.message || body.messageEn)) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function api(path, params) {
  const url = path + (params && [...params.keys()].length ? '?' + params : '');
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, { message: STRINGS.zh.errorNet, messageEn: STRINGS.en.errorNet });
  }
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

function errorBox(e) {
  const detail = e.body && e.body.parameter ? ` (${e.body.parameter})` : '';
  return h('div', { class: 'error', role: 'alert' },
    h('strong', {}, t('error') + (e.status ? ` · ${e.status}` : '')), ' ', e.message + detail);
}

async function loadVocabulary() {
  const v = await api('/api/vocabulary');
  state.vocab = {};
  for (const g of VOCAB_GROUPS) state.vocab[g] = new Map((v[g] || []).map((x) => [x.code, x]));
}

async function loadRegions() {
  const tree = await api('/api/regions');
  state.regions = tree.items || [];
  const walk = (nodes, path) => nodes.forEach((n) => {
    const p = [...path, n.name];
    if (n.code) state.regionIndex.set(n.code, { ...n, path: p, label: p.join('') });
    walk(n.children || [], p);
  });
  walk(state.regions, []);
}

/** Region choices for a filter: the tree flattened, indented by level. */
function regionOptions(selected) {
  const out = [h('option', { value: '' }, t('allRegions'))];
  const walk = (nodes, depth) => nodes.forEach((n) => {
    if (n.code) out.push(h('option', { value: n.code, selected: n.code === selected }, '\u3000'.repeat(depth) + n.name));
    walk(n.children || [], depth + 1);
  });
  walk(state.regions || [], 0);
  if (selected && !state.regionIndex.has(selected)) out.push(h('option', { value: selected, selected: true }, selected));
  return out;
}

/** The API's region filter is a code prefix: a province 410000 → 41, a city 410200 → 4102. */
const regionPrefix = (code) => (code ? code.replace(/(00)+$/, '') || code : '');
/** The region's neighbours to compare it with: a district 410202 → its city's 4102, a city 410200 → its province's 41. */
const parentPrefix = (code) => { const p = regionPrefix(code); return p.length > 2 ? p.slice(0, -2) : p; };

/* ---------- live feed (one EventSource for the page's life) ---------- */

function startFeed() {
  if (!window.EventSource) return;
  const source = new EventSource('/api/feed');
  source.addEventListener('meeting', (e) => {
    let m;
    try { m = JSON.parse(e.data); } catch (err) { return; }
    state.live = [m, ...state.live.filter((x) => x.key !== m.key)].slice(0, 50);
    renderLive();
  });
  source.onopen = () => { state.liveStatus = 'liveOn'; renderLive(); };
  source.onerror = () => { state.liveStatus = 'liveOff'; renderLive(); };
}

function renderLive() {
  const list = document.getElementById('live-list');
  const status = document.getElementById('live-status');
  if (status) status.textContent = t(state.liveStatus);
  if (!list) return;
  list.replaceChildren(...(state.live.length
    ? state.live.map((m) => h('li', { class: 'live-item', 'data-key': m.key },
      h('span', { class: 'badge new' }, t('isNew')), ' ',
      h('span', { class: 'date' }, m.date || ''), ' ',
      h('span', { class: 'muted' }, (m.region && (m.region.label || m.region.name)) || ''), ' ',
      meetingLink(m.key, m.name || m.title || m.key), ' ',
      (m.types || []).map((c, i) => h('span', { class: 'tag' }, nameOf('meetingTypes', c, (m.typeNames || [])[i])))))
    : [h('li', { class: 'muted' }, t('liveWaiting'))]));
}

/* ---------- shared pieces of views ---------- */

function field(label, control) {
  const id = 'f-' + control.getAttribute('name');
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

/** A filter form; on submit the values become the hash's query (the view re-renders from it). */
function filterForm(path, fields) {
  const form = h('form', { class: 'filters', role: 'search' }, fields,
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, t('apply')),
      h('a', { class: 'button secondary', href: route(path) }, t('reset'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v !== '') params.append(k, v);
    location.hash = route(path, params);
  });
  return form;
}

function exportLinks(apiPath, params) {
  return h('div', { class: 'exports' }, h('span', { class: 'muted' }, t('export') + t('colon')),
    ['csv', 'xlsx', 'parquet'].map((f) => {
      const p = new URLSearchParams(params);
      p.delete('limit');
      p.delete('cursor');
      p.set('format', f);
      return h('a', { class: 'button small', href: `${apiPath}?${p}`, download: '' }, f.toUpperCase());
    }));
}

/** A paged list: rows from the first page, then "more" through the cursor. */
async function pagedList(apiPath, params, rowOf, tbody, moreHolder) {
  let cursor = null;
  const load = async () => {
    const p = new URLSearchParams(params);
    if (cursor) p.set('cursor', cursor);
    const page = await api(apiPath, p);
    append(tbody, page.items.map(rowOf));
    cursor = page.next;
    moreHolder.replaceChildren(cursor
      ? h('button', { type: 'button', class: 'more', onclick: async (e) => {
        e.target.disabled = true;
        try { await load(); } catch (err) { moreHolder.replaceChildren(errorBox(err)); }
      } }, t('more'))
      : h('span', { class: 'muted' }, tbody.children.length ? t('noMore') : t('none')));
  };
  await load();
}

function disposeCharts() {
  state.charts.forEach((c) => c.dispose());
  state.charts = [];
}

function chart(el, option) {
  if (!window.echarts) return null;
  const c = window.echarts.init(el, null, { renderer: 'canvas' });
  c.setOption(option);
  state.charts.push(c);
  return c;
}

const CHART_FONT = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif';

/* ---------- views ---------- */

async function viewFeed(main, params) {
  const liveSection = h('section', { class: 'live', 'aria-labelledby': 'live-h' },
    h('h2', { id: 'live-h' }, t('live'), ' ', h('small', { id: 'live-status', class: 'muted' }, t(state.liveStatus))),
    h('ul', { id: 'live-list', 'aria-live': 'polite' }));
  const form = filterForm('/feed', [
    field(t('region'), h('select', { name: 'region' }, regionOptions(params.get('region')))),
    field(t('type'), h('select', { name: 'type' }, vocabOptions('meetingTypes', params.get('type'), t('allTypes')))),
    field(t('from'), h('input', { type: 'date', name: 'from', value: params.get('from') || '' })),
    field(t('to'), h('input', { type: 'date', name: 'to', value: params.get('to') || '' })),
    field(t('q'), h('input', { type: 'search', name: 'q', value: params.get('q') || '', placeholder: t('qHint') })),
  ]);
  const query = new URLSearchParams();
  if (params.get('region')) query.set('region', regionPrefix(params.get('region')));
  for (const k of ['type', 'from', 'to', 'q']) if (params.get(k)) query.set(k, params.get(k));
  const tbody = h('tbody');
  const more = h('div', { class: 'more-holder' });
  main.append(liveSection,
    h('section', { 'aria-labelledby': 'meetings-h' }, h('h2', { id: 'meetings-h' }, t('meetings')), form,
      exportLinks('/api/meetings', query),
      table('meetings', [t('date'), t('region'), t('name'), t('types')], tbody, t('meetings')), more));
  renderLive();
  await pagedList('/api/meetings', query, (m) => h('tr', { 'data-key': m.key },
    h('td', { class: 'nowrap' }, m.date || '—'),
    h('td', { class: 'region' }, regionLink(m.region)),
    h('td', { class: 'wide' }, meetingLink(m.key, m.name || m.title || m.key)),
    h('td', {}, (m.types || []).map((c, i) => h('span', { class: 'tag' }, nameOf('meetingTypes', c, (m.typeNames || [])[i]))))),
    tbody, more);
}

function regionTreeNode(n) {
  const counts = h('span', { class: 'counts muted' }, ` (${n.meetings ?? 0} ${t('meetingsN')} / ${n.metrics ?? 0} ${t('metricsN')})`);
  const link = n.code ? h('a', { href: route('/region/' + encodeURIComponent(n.code)), 'data-code': n.code }, n.name) : h('span', {}, n.name);
  if (!n.children || !n.children.length) return h('li', {}, link, counts);
  const current = currentRegion();
  const onPath = Boolean(n.code && current && current !== n.code && current.startsWith(regionPrefix(n.code)));
  return h('li', {}, h('details', { open: n.level === 'PROVINCE' || onPath },
    h('summary', {}, link, counts), h('ul', {}, n.children.map(regionTreeNode))));
}

async function viewRegions(main) {
  main.append(h('h2', {}, t('regionTree')), h('p', { class: 'muted' }, t('regionTreeHint')),
    state.regions.length ? h('ul', { class: 'tree', id: 'region-tree' }, state.regions.map(regionTreeNode)) : h('p', { class: 'muted' }, t('noData')));
}

function verdictBadge(row) {
  return h('span', { class: 'verdict v-' + String(row.verdict).toLowerCase(), 'data-verdict': row.verdict },
    nameOf('verdicts', row.verdict, row.verdictName));
}

function targetRow(row, withRegion) {
  return h('tr', { 'data-indicator': row.indicator, 'data-year': row.year, 'data-verdict': row.verdict },
    withRegion ? h('td', { class: 'region' }, regionLink(row.region)) : null,
    h('td', {}, nameOf('indicators', row.indicator, row.indicatorName),
      row.scope ? h('span', { class: 'muted' }, ` · ${row.scope}`) : null),
    h('td', { class: 'num' }, row.year ?? '—', row.period ? ` ${periodName(row.period)}` : ''),
    h('td', {}, nameOf('measures', row.measure, row.measureName)),
    h('td', { class: 'num' }, figure(row.target),
      row.ceiling && row.target && row.target.qualifier !== 'AT_MOST' ? h('span', { class: 'muted', title: t('ceiling') }, ' ≤') : null),
    h('td', { class: 'num' }, figure(row.actual)),
    h('td', {}, verdictBadge(row)),
    h('td', { class: 'num' }, gapText(row)),
    h('td', { class: 'nowrap' },
      row.target ? articleLink(row.target.articleId, t('targetEvidence')) : null,
      row.actual ? [' · ', articleLink(row.actual.articleId, t('actualEvidence'))] : null));
}

function targetHeaders(withRegion) {
  return [withRegion ? t('region') : null, t('indicator'), t('year'), t('measure'), t('target'), t('actual'), t('verdict'), t('gap'), t('evidence')]
    .filter((x) => x !== null);
}

async function viewRegion(main, params, code) {
  const region = state.regionIndex.get(code) || { code, name: code, label: code };
  const indicator = params.get('indicator') || 'GDP';
  const measure = params.get('measure') || 'GROWTH';
  const chartEl = h('div', { id: 'series-chart', class: 'chart', role: 'img', 'aria-label': t('series') });
  const picker = h('form', { class: 'filters inline' },
    field(t('indicator'), h('select', { name: 'indicator' }, vocabOptions('indicators', indicator))),
    field(t('measure'), h('select', { name: 'measure' }, vocabOptions('measures', measure))));
  picker.addEventListener('change', () => {
    const p = new URLSearchParams(new FormData(picker));
    location.hash = route('/region/' + encodeURIComponent(code), p);
  });
  const seriesBox = h('div', { class: 'series-box' });
  const targetsBox = h('div', { id: 'region-targets' });
  const leadersBox = h('div', { id: 'leaders' });
  main.append(
    h('h2', {}, region.label || region.name),
    h('p', {}, h('a', { href: route('/feed', new URLSearchParams({ region: code })) }, t('regionMeetings')), ' · ',
      h('a', { href: route('/targets', new URLSearchParams({ region: code })) }, t('targetsTitle'))),
    h('section', { 'aria-labelledby': 'series-h' }, h('h3', { id: 'series-h' }, t('series')), picker, seriesBox, chartEl),
    h('section', { 'aria-labelledby': 'targets-h' }, h('h3', { id: 'targets-h' }, t('targets')), targetsBox),
    h('section', { 'aria-labelledby': 'leaders-h' }, h('h3', { id: 'leaders-h' }, t('leaders')), leadersBox));

  const jobs = [
    api('/api/series', new URLSearchParams({ region: code, indicator, measure })).then((s) => {
      const given = new Map((s.points || []).map((p) => [p.year, p]));
      const years = [...given.keys()];
      // every year between the first and the last on the axis, so years without reports keep their width
      const pts = years.length ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 },
        (_, i) => given.get(Math.min(...years) + i) || { year: Math.min(...years) + i, target: null, actual: null }) : [];
      if (!pts.length) { seriesBox.append(h('p', { class: 'muted' }, t('noData'))); chartEl.hidden = true; return; }
      const scale = s.unit === 'CNY' || s.unit === 'USD' ? 1e8 : 1;
      const unitLabel = s.measure === 'GROWTH' || s.unit === 'PERCENT' ? '%'
        : scale === 1e8 ? (state.lang === 'zh' ? '亿' : '100M ') + unitLabel(s.unit) : unitLabel(s.unit);
      const data = (key) => pts.map((p) => (p[key] === null || p[key] === undefined ? null : +(p[key] / scale).toFixed(4)));
      chart(chartEl, {
        textStyle: { fontFamily: CHART_FONT },
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { data: [t('target'), t('actual')] },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: pts.map((p) => String(p.year)) },
        yAxis: { type: 'value', name: unitLabel, scale: true },
        series: [
          { id: 'target', name: t('target'), type: 'line', data: data('target'), connectNulls: true, lineStyle: { type: 'dashed' }, itemStyle: { color: '#9a6700' } },
          { id: 'actual', name: t('actual'), type: 'line', data: data('actual'), connectNulls: true, itemStyle: { color: '#b42318' } },
        ],
      });
    }).catch((e) => { chartEl.hidden = true; seriesBox.append(errorBox(e)); }),
    (async () => {
      const tbody = h('tbody');
      const more = h('div', { class: 'more-holder' });
      targetsBox.append(table('targets-table', targetHeaders(false), tbody, t('targets')), more);
      await pagedList('/api/targets', new URLSearchParams({ region: code }), (r) => targetRow(r, false), tbody, more);
    })().catch((e) => targetsBox.replaceChildren(errorBox(e))),
    api('/api/leaders', new URLSearchParams({ region: code })).then((l) => leadersBox.append(leadersView(l)))
      .catch((e) => leadersBox.append(errorBox(e))),
  ];
  await Promise.all(jobs);
}

/** Offices with their terms as a list of bars on a common time axis. */
function leadersView(l) {
  const offices = l.offices || [];
  if (!offices.length) return h('p', { class: 'muted' }, t('noData'));
  const today = new Date().toISOString().slice(0, 10);
  const times = offices.flatMap((o) => o.terms.flatMap((x) => [x.from, x.to || today])).filter(Boolean).map((d) => Date.parse(d));
  const min = Math.min(...times);
  const span = Math.max(Math.max(...times) - min, 1);
  const pct = (d) => ((Date.parse(d) - min) / span) * 100;
  const axis = h('div', { class: 'axis muted', 'aria-hidden': 'true' },
    h('span', {}, new Date(min).toISOString().slice(0, 7)), h('span', {}, new Date(min + span).toISOString().slice(0, 7)));
  return h('div', { class: 'timeline' }, axis, offices.map((o) => h('div', { class: 'office' },
    h('h4', {}, nameOf('offices', o.office, o.officeName)),
    h('ol', {}, o.terms.map((x) => h('li', { class: 'term' },
      h('div', { class: 'term-text' }, h('strong', {}, x.name), ' ', h('span', { class: 'muted' }, x.title || ''), ' ',
        h('span', { class: 'nowrap' }, `${x.from || '?'} – ${x.to || t('present')}`)),
      x.from ? h('div', { class: 'bar-track', 'aria-hidden': 'true' },
        h('div', { class: 'bar', style: `left:${pct(x.from).toFixed(2)}%;width:${Math.max(pct(x.to || today) - pct(x.from), 1).toFixed(2)}%` }))
        : null))))));
}

async function viewCompare(main, params) {
  const p = new URLSearchParams({
    indicator: params.get('indicator') || 'GDP',
    year: params.get('year') || String(new Date().getFullYear() - 1),
    kind: params.get('kind') || 'ACTUAL',
    measure: params.get('measure') || 'GROWTH',
  });
  if (params.get('region')) p.set('region', params.get('region'));
  const form = filterForm('/compare', [
    field(t('indicator'), h('select', { name: 'indicator' }, vocabOptions('indicators', p.get('indicator')))),
    field(t('year'), h('input', { type: 'number', name: 'year', min: '1949', max: '2100', value: p.get('year') })),
    field(t('kind'), h('select', { name: 'kind' }, vocabOptions('kinds', p.get('kind')))),
    field(t('measure'), h('select', { name: 'measure' }, vocabOptions('measures', p.get('measure')))),
    field(t('regionPrefix'), h('input', { type: 'text', name: 'region', inputmode: 'numeric', pattern: '[0-9]{1,12}', value: p.get('region') || '', placeholder: '41, 4102…' })),
  ]);
  const out = h('div');
  main.append(h('h2', {}, t('compare')), h('p', { class: 'muted' }, t('compareHint')), form, out);
  try {
    const c = await api('/api/compare', p);
    const items = c.items || [];
    if (!items.length) { out.append(h('p', { class: 'muted' }, t('none'))); return; }
    const chartEl = h('div', { id: 'compare-chart', class: 'chart', role: 'img', 'aria-label': t('compare'),
      style: `height:${Math.max(180, items.length * 28 + 60)}px` });
    out.append(chartEl, table('compare-table', [t('rank'), t('region'), t('value')], items.map((it, i) => h('tr', {},
      h('td', { class: 'num' }, i + 1), h('td', {}, regionLink(it.region)),
      h('td', { class: 'num' }, state.lang === 'zh' && it.display ? it.display : figure({ ...it, measure: c.measure, unit: c.unit })),
      )), nameOf('indicators', c.indicator, c.indicatorName)));
    const scale = c.unit === 'CNY' || c.unit === 'USD' ? 1e8 : 1;
    chart(chartEl, {
      textStyle: { fontFamily: CHART_FONT },
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 16, bottom: 24, containLabel: true },
      xAxis: { type: 'value', scale: false },
      yAxis: { type: 'category', inverse: true, data: items.map((it) => it.region.name || it.region.label) },
      series: [{ id: 'compare', name: nameOf('indicators', c.indicator, c.indicatorName), type: 'bar',
        data: items.map((it) => +(it.value / scale).toFixed(4)), itemStyle: { color: '#b42318' } }],
    });
  } catch (e) {
    out.append(errorBox(e));
  }
}

async function viewTargets(main, params) {
  const query = new URLSearchParams();
  if (params.get('region')) query.set('region', regionPrefix(params.get('region')));
  for (const k of ['indicator', 'year', 'verdict']) if (params.get(k)) query.set(k, params.get(k));
  const form = filterForm('/targets', [
    field(t('region'), h('select', { name: 'region' }, regionOptions(params.get('region')))),
    field(t('indicator'), h('select', { name: 'indicator' }, vocabOptions('indicators', params.get('indicator'), t('allIndicators')))),
    field(t('year'), h('input', { type: 'number', name: 'year', min: '1949', max: '2100', value: params.get('year') || '' })),
    field(t('verdict'), h('select', { name: 'verdict' }, vocabOptions('verdicts', params.get('verdict'), t('allVerdicts')))),
  ]);
  const tbody = h('tbody');
  const more = h('div', { class: 'more-holder' });
  main.append(h('h2', {}, t('targetsTitle')), form, exportLinks('/api/targets', query),
    table('targets-table', targetHeaders(true), tbody, t('targetsTitle')), more);
  await pagedList('/api/targets', query, (r) => targetRow(r, true), tbody, more);
}

function metricsTable(id, metrics, caption) {
  return table(id, [t('indicator'), t('kind'), t('year'), t('measure'), t('display'), t('raw'), t('source')],
    metrics.map((m) => h('tr', { 'data-key': m.key },
      h('td', {}, nameOf('indicators', m.indicator, m.indicatorName), m.scope ? h('span', { class: 'muted' }, ` · ${m.scope}`) : null),
      h('td', {}, nameOf('kinds', m.kind, m.kindName)),
      h('td', { class: 'num' }, m.year ?? '—', m.period ? ` ${periodName(m.period)}` : ''),
      h('td', {}, nameOf('measures', m.measure, m.measureName)),
      h('td', { class: 'num' }, figure(m), m.preliminary ? h('span', { class: 'muted' }, ` (${t('preliminary')})`) : null),
      h('td', { class: 'evidence' }, m.raw || ''),
      h('td', {}, articleLink(m.articleId, t('article'))))), caption || t('metricsOfMeeting'));
}

async function viewMeeting(main, params, key) {
  const answer = await api('/api/meetings/' + encodeURIComponent(key));
  const m = answer.meeting || answer;
  const metrics = answer.metrics ? { items: answer.metrics }
    : await api('/api/metrics', new URLSearchParams({ meeting: key, sort: 'indicator', limit: '1000' }));
  const dl = h('dl', { class: 'facts' },
    h('dt', {}, t('date')), h('dd', {}, m.date || '—'),
    h('dt', {}, t('region')), h('dd', {}, regionLink(m.region)),
    h('dt', {}, t('types')), h('dd', {}, (m.types || []).map((c, i) => h('span', { class: 'tag' }, nameOf('meetingTypes', c, (m.typeNames || [])[i])))),
    m.reviewYear ? [h('dt', {}, t('reviewYear')), h('dd', {}, m.reviewYear)] : null,
    m.planYear ? [h('dt', {}, t('planYear')), h('dd', {}, m.planYear)] : null,
    h('dt', {}, t('published')), h('dd', {}, m.publishedAt || '—'));
  const people = (m.people || []).map((p) => h('li', {}, h('strong', {}, p.name), ' ', h('span', { class: 'muted' }, (p.roles && p.roles.length ? p.roles : [p.role]).filter(Boolean).join('、'))));
  const sources = (m.sources && m.sources.length ? m.sources : [{ articleId: m.articleId, url: m.url, title: m.title }]).map((s) =>
    h('li', {}, articleLink(s.articleId, s.title || s.articleId), ' ', s.siteId ? h('span', { class: 'muted' }, s.siteId) : null, ' ',
      outLink(s.url, t('original')), s.publishedAt ? h('span', { class: 'muted' }, ' ' + s.publishedAt) : null));
  main.append(h('p', { class: 'kicker' }, t('meeting')), h('h2', { id: 'meeting-name' }, m.name || m.title || m.key), dl,
    h('section', {}, h('h3', {}, t('people')), people.length ? h('ul', { class: 'people' }, people) : h('p', { class: 'muted' }, t('noData'))),
    h('section', {}, h('h3', {}, t('sources')), h('ul', {}, sources)),
    h('section', {}, h('h3', {}, t('metricsOfMeeting')), metrics.items.length ? metricsTable('meeting-metrics', metrics.items) : h('p', { class: 'muted' }, t('noData'))));
}

/** The body as text nodes with a <mark> per highlight (UTF-16 offsets, as JavaScript indexes strings). */
function highlightedBody(body, highlights, metricsByKey) {
  const el = h('div', { class: 'body', id: 'article-body' });
  const sorted = [...(highlights || [])].filter((x) => x.start >= 0 && x.end > x.start && x.end <= body.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const hl of sorted) {
    if (hl.start < at) continue; // overlapping: the earlier, longer one wins
    if (hl.start > at) el.append(document.createTextNode(body.slice(at, hl.start)));
    const m = metricsByKey.get(hl.metricKey);
    const tip = m ? `${nameOf('indicators', m.indicator, m.indicatorName)} · ${nameOf('kinds', m.kind, m.kindName)} · ${m.year ?? ''}${m.period ? ' ' + periodName(m.period) : ''} · ${figure(m)}` : '';
    el.append(h('mark', { tabindex: '0', title: tip, 'data-tip': tip, 'data-metric': hl.metricKey, class: m ? 'k-' + String(m.kind).toLowerCase() : null },
      body.slice(hl.start, hl.end)));
    at = hl.end;
  }
  if (at < body.length) el.append(document.createTextNode(body.slice(at)));
  return el;
}

/** A link to a meeting, labelled with its name once the API has answered (the key is no label for people). */
function meetingNamed(key) {
  const link = meetingLink(key, t('meeting'));
  api('/api/meetings/' + encodeURIComponent(key)).then((a) => a.meeting || a).then((m) => { link.textContent = `${m.date || ''} ${m.name || m.title || ''}`.trim() || t('meeting'); })
    .catch(() => {});
  return h('div', {}, link);
}

async function viewArticle(main, params, id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const metrics = new Map((a.metrics || []).map((m) => [m.key, m]));
  const tip = h('div', { class: 'tip', role: 'status', 'aria-live': 'polite', hidden: true });
  const body = a.body ? highlightedBody(a.body, a.highlights, metrics) : h('p', { class: 'muted' }, t('emptyBody'));
  const show = (mark) => {
    if (!mark || mark.tagName !== 'MARK') { tip.hidden = true; return; }
    tip.textContent = mark.dataset.tip;
    tip.hidden = !mark.dataset.tip;
    const r = mark.getBoundingClientRect();
    const box = main.getBoundingClientRect();
    tip.style.top = `${r.bottom - box.top + 6}px`;
    tip.style.left = `${Math.max(0, Math.min(r.left - box.left, box.width - 260))}px`;
  };
  body.addEventListener('mouseover', (e) => show(e.target.closest('mark')));
  body.addEventListener('focusin', (e) => show(e.target.closest('mark')));
  body.addEventListener('click', (e) => show(e.target.closest('mark')));
  body.addEventListener('mouseleave', () => { tip.hidden = true; });
  main.append(h('p', { class: 'kicker' }, t('article')), h('h2', { id: 'article-title' }, a.title || a.id),
    h('dl', { class: 'facts' },
      h('dt', {}, t('source')), h('dd', {}, a.source || a.siteId || '—'),
      h('dt', {}, t('published')), h('dd', {}, a.publishedAt || '—'),
      h('dt', {}, t('original')), h('dd', {}, outLink(a.url, a.url)),
      (a.meetingKeys || []).length ? [h('dt', {}, t('meeting')), h('dd', {}, a.meetingKeys.map(meetingNamed))] : null),
    metrics.size ? h('p', { class: 'muted' }, t('articleFigures')) : null, body, tip,
    metrics.size ? h('section', {}, h('h3', {}, t('metricsOfArticle')), metricsTable('article-metrics', [...metrics.values()], t('metricsOfArticle'))) : null);
}

/* ---------- router and chrome ---------- */

const ROUTES = [
  [/^\/(feed)?$/, viewFeed, 'navFeed'],
  [/^\/regions$/, viewRegions, 'navRegions'],
  [/^\/region\/(.+)$/, viewRegion, 'navRegions'],
  [/^\/compare$/, viewCompare, 'navCompare'],
  [/^\/targets$/, viewTargets, 'navTargets'],
  [/^\/meeting\/(.+)$/, viewMeeting, null],
  [/^\/article\/(.+)$/, viewArticle, null],
];

/** s percent-decoded, or null when it is not valid percent-encoding (a hand-typed #/region/%E0). */
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return null;
  }
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query] = raw.split('?');
  return { path: path || '/', params: new URLSearchParams(query || '') };
}

/** The region the analyst last chose: it carries into the other views' filters. */
function currentRegion() {
  return sessionStorage.getItem('yaowen.region') || '';
}

function renderChrome(active) {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = state.lang === 'zh' ? '要闻 Yaowen · 分析仪表盘' : 'Yaowen 要闻 · analyst dashboard';
  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  const lang = document.getElementById('lang');
  lang.textContent = t('switchTo');
  lang.setAttribute('lang', state.lang === 'zh' ? 'en' : 'zh-CN');
  const region = currentRegion();
  const withRegion = (path) => route(path, region ? new URLSearchParams({ region }) : null);
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', state.lang === 'zh' ? '主导航' : 'Main');
  nav.replaceChildren(h('ul', {}, [
    ['navFeed', withRegion('/feed')], ['navRegions', route('/regions')], ['navCompare', route('/compare', region ? new URLSearchParams({ region: parentPrefix(region) }) : null)], ['navTargets', withRegion('/targets')],
  ].map(([key, href]) => h('li', {}, h('a', { href, 'aria-current': key === active ? 'page' : null, 'data-nav': key }, t(key))))));
  const chip = document.getElementById('region-chip');
  const r = region && state.regionIndex.get(region);
  chip.hidden = !region;
  chip.replaceChildren(...(region ? [h('span', {}, t('currentRegion') + t('colon')), h('a', { href: route('/region/' + encodeURIComponent(region)) }, r ? r.label : region), ' ',
    h('button', { type: 'button', class: 'link', 'aria-label': t('clearRegion'), title: t('clearRegion'), onclick: () => {
      sessionStorage.removeItem('yaowen.region');
      render();
    } }, '×')] : []));
}

let renderSeq = 0;

async function render() {
  const seq = ++renderSeq;
  const { path, params } = parseHash();
  const found = ROUTES.map(([re, view, nav]) => [path.match(re), view, nav]).find(([m]) => m);
  const regionMatch = path.match(/^\/region\/(.+)$/);
  if (regionMatch && safeDecode(regionMatch[1])) sessionStorage.setItem('yaowen.region', safeDecode(regionMatch[1]));
  else if (params.get('region') && /^\d{6,12}$/.test(params.get('region'))) sessionStorage.setItem('yaowen.region', params.get('region'));
  renderChrome(found ? found[2] : null);
  disposeCharts();
  const main = document.getElementById('main');
  main.replaceChildren();
  main.setAttribute('aria-busy', 'true');
  document.body.dataset.view = found ? found[1].name : 'notFound';
  try {
    if (!found) {
      main.append(h('p', {}, t('notFoundView')), h('a', { href: '#/' }, t('back')));
    } else {
      const arg = found[0][1] && found[1] !== viewFeed ? safeDecode(found[0][1]) : undefined;
      if (arg === null) main.append(h('p', {}, t('notFoundView')), h('a', { href: '#/' }, t('back')));
      else await found[1](main, params, arg);
    }
  } catch (e) {
    if (seq === renderSeq) main.append(errorBox(e));
  } finally {
    if (seq === renderSeq) {
      main.removeAttribute('aria-busy');
      document.body.dataset.ready = String(seq);
    }
  }
}

async function start() {
  document.getElementById('lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem(LANG_KEY, state.lang);
    render();
  });
  const menu = document.getElementById('menu');
  menu.addEventListener('click', () => {
    const open = menu.getAttribute('aria-expanded') !== 'true';
    menu.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('nav-open', open);
  });
  document.getElementById('nav').addEventListener('click', (e) => {
    if (e.target.closest('a')) { menu.setAttribute('aria-expanded', 'false'); document.body.classList.remove('nav-open'); }
  });
  // The skip link jumps to the content without touching the hash, which is the router's.
  document.querySelector('a.skip').addEventListener('click', (e) => {
    e.preventDefault();
    const main = document.getElementById('main');
    main.setAttribute('tabindex', '-1');
    main.focus();
  });
  window.addEventListener('hashchange', render);
  window.addEventListener('resize', () => state.charts.forEach((c) => c.resize()));
  try {
    await Promise.all([loadVocabulary(), loadRegions()]);
  } catch (e) {
    renderChrome(null);
    document.getElementById('main').replaceChildren(errorBox(e),
      h('button', { type: 'button', onclick: () => location.reload() }, t('retry')));
    return;
  }
  startFeed();
  await render();
}

start();
