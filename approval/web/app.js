// The approval console's client: login, queue, item page. No inline script (CSP), no HTML
// built from data: every value goes through textContent.
'use strict';
(function () {
  const CLASS_NAMES = { person_name: '姓名', id_number: '身份证号', certificate: '证件号', phone: '电话',
    bank_account: '银行账号', plate: '车牌号', contact: '联系方式', address: '住址', birth_date: '出生日期',
    minor_detail: '未成年人信息', other: '其他' };
  const STATE_NAMES = { pending: '待审批', claimed: '审批中', approved: '已批准', rejected: '已驳回', cancelled: '已撤销' };
  const ESC_NAMES = { none: '正常', reminder: '临期提醒', supervisor: '已超期·已上报' };
  const FIELD_NAMES = { 'content.title': '标题', 'content.document_no': '文书号', 'content.facts': '违法事实',
    'content.text': '决定书正文', 'content.legal_basis': '处罚依据', 'content.result': '处理结果' };
  const $ = (id) => document.getElementById(id);
  const el = (tag, props, ...kids) => {
    const e = document.createElement(tag);
    if (props) for (const [k, v] of Object.entries(props)) {
      if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) e.append(k);
    return e;
  };
  const state = { session: null, items: [], sel: 0, item: null, edits: [], editing: false };

  async function api(method, path, body) {
    const headers = { 'Accept': 'application/json' };
    if (method !== 'GET') { headers['Content-Type'] = 'application/json'; if (state.session) headers['X-CSRF-Token'] = state.session.csrf; }
    const res = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin' });
    let data = {};
    try { data = await res.json(); } catch (e) { /* empty */ }
    if (res.status === 401 && path !== '/api/login') { state.session = null; show('login'); }
    return { status: res.status, data };
  }
  function show(view) {
    for (const v of ['login', 'queue', 'item', 'help']) $('view-' + v).hidden = v !== view;
    $('who').hidden = !state.session;
    if (state.session) { $('who-name').textContent = state.session.user; $('who-role').textContent = roleName(state.session.role); }
    if (view === 'login') $('login-name').focus();
  }
  const roleName = (r) => ({ approver: '审批人', operator: '运维', supervisor: '督察', admin: '管理员' })[r] || r;
  const isApprover = () => state.session && state.session.role === 'approver';
  const fmtTime = (t) => t ? t.replace('T', ' ').replace(/:\d\d([+-]\d\d:\d\d|Z)$/, '') : '—';

  // ---- login
  $('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('login-error').textContent = '';
    const r = await api('POST', '/api/login', { name: $('login-name').value, password: $('login-password').value });
    $('login-password').value = '';
    if (r.status === 200) { state.session = r.data; route(); return; }
    $('login-error').textContent = r.status === 429 ? '登录失败次数过多，账户或地址已临时锁定，请稍后再试。' : '用户名或密码错误。';
  });
  $('logout').addEventListener('click', async () => { await api('POST', '/api/logout'); state.session = null; location.hash = ''; show('login'); });

  // ---- queue
  async function loadQueue() {
    const q = new URLSearchParams();
    for (const [id, key] of [['f-unit', 'unit'], ['f-catalog', 'catalog'], ['f-reason', 'reason']]) if ($(id).value) q.set(key, $(id).value);
    if ($('f-all').checked) q.set('state', 'all');
    const r = await api('GET', '/api/items?' + q.toString());
    if (r.status === 403) { show('queue'); $('queue-body').replaceChildren(el('tr', null, el('td', { colspan: 7, text: '您的角色无权查看审批队列。' }))); return; }
    if (r.status !== 200) return;
    state.items = r.data.items;
    state.sel = Math.min(state.sel, Math.max(0, state.items.length - 1));
    fillFilters(r.data.items);
    renderQueue();
    show('queue');
  }
  function fillFilters(items) {
    const fill = (id, pairs) => {
      const sel = $(id), cur = sel.value, seen = new Set([...sel.options].map((o) => o.value));
      for (const [v, label] of pairs) if (v && !seen.has(v)) { seen.add(v); sel.append(el('option', { value: v, text: label })); }
      sel.value = cur;
    };
    fill('f-unit', items.map((i) => [i.unit_code, i.unit_code]));
    fill('f-catalog', items.map((i) => [i.catalog_id, i.catalog_name || i.catalog_id]));
    fill('f-reason', items.flatMap((i) => i.reasons.map((x) => [x.rule, x.rule])));
  }
  function renderQueue() {
    $('queue-count').textContent = '共 ' + state.items.length + ' 件';
    const rows = state.items.map((it, n) => {
      const tr = el('tr', { class: 'row' + (n === state.sel ? ' sel' : '') + (it.overdue ? ' overdue' : ''), 'data-id': it.item_id },
        el('td', { text: fmtTime(it.deadline_at) + (it.overdue ? '（已超期）' : '') }),
        el('td', null, el('span', { class: 'badge b-' + it.escalation, text: ESC_NAMES[it.escalation] })),
        el('td', null, el('span', { class: 'badge b-' + it.state, text: STATE_NAMES[it.state] || it.state }),
          it.needs_second ? el('span', { class: 'badge b-four', text: it.first_by ? '待复核' : '双人审批' }) : null,
          it.state === 'claimed' ? el('span', { class: 'hint', text: ' ' + it.claimed_by }) : null),
        el('td', { text: it.catalog_name || it.catalog_id }),
        el('td', { text: it.title || '—' }),
        el('td', { text: it.unit_code }),
        el('td', { text: it.reasons.map((x) => x.rule).join('、') }));
      tr.addEventListener('click', () => { state.sel = n; openItem(it.item_id); });
      return tr;
    });
    $('queue-body').replaceChildren(...rows);
    if (!rows.length) $('queue-body').append(el('tr', null, el('td', { colspan: 7, text: '队列为空。' })));
  }
  for (const id of ['f-unit', 'f-catalog', 'f-reason', 'f-all']) $(id).addEventListener('change', () => { state.sel = 0; loadQueue(); });

  // ---- item
  function openItem(id) { location.hash = '#/item/' + encodeURIComponent(id); }
  async function loadItem(id) {
    state.edits = []; state.editing = false;
    $('reject-box').hidden = true; $('edit-box').hidden = true; $('action-status').textContent = '';
    let r = await api('GET', '/api/items/' + encodeURIComponent(id));
    if (r.status !== 200) { $('action-status').textContent = '无法打开该事项（' + r.status + '）'; return; }
    state.item = r.data;
    if (isApprover() && (r.data.state === 'pending' || r.data.state === 'claimed')) {
      const c = await api('POST', '/api/items/' + encodeURIComponent(id) + '/claim', {});
      if (c.status === 409) $('action-status').textContent = '该事项正由其他审批人处理，或您已作出第一次批准。';
    }
    renderItem();
    show('item');
  }
  async function preview() {
    const r = await api('POST', '/api/items/' + encodeURIComponent(state.item.item_id) + '/preview', { edits: state.edits });
    if (r.status === 200) { state.item = r.data; renderItem(); return true; }
    $('action-status').textContent = '编辑无效：' + (r.data.message || r.status);
    state.edits.pop();
    return false;
  }
  function renderItem() {
    const it = state.item;
    $('item-title').textContent = (it.catalog_name || it.catalog_id) + (it.title ? ' · ' + it.title : '');
    $('item-meta').replaceChildren(
      el('span', { text: '事项编号 ' + it.item_id }),
      el('span', { text: '单位 ' + it.unit_code }),
      el('span', { text: '截止 ' + fmtTime(it.deadline_at) }),
      el('span', { class: 'badge b-' + it.escalation, text: ESC_NAMES[it.escalation] }),
      el('span', { class: 'badge b-' + it.state, text: STATE_NAMES[it.state] || it.state }),
      it.needs_second ? el('span', { class: 'badge b-four', text: it.first_by ? '待复核（第一审批人 ' + it.first_by + '）' : '双人审批' }) : '');
    $('item-reasons').replaceChildren(el('strong', { text: '报批理由' }),
      el('ul', null, ...it.reasons.map((x) => el('li', null, el('code', { text: x.rule }), ' ', x.says))));
    const open = it.state === 'pending' || it.state === 'claimed';
    $('actions').hidden = !isApprover();
    for (const b of ['approve', 'reject', 'edit']) $(b).disabled = !open;
    // Legend of the classes present.
    const classes = new Set();
    for (const f of it.fields) for (const s of f.segments) if (s.class) classes.add(s.class);
    $('legend').replaceChildren(...[...classes].map((c) => el('mark', { class: 'c-' + c, text: CLASS_NAMES[c] || c })));
    $('preview').replaceChildren(...it.fields.map((f) => fieldBox(f, false)));
    $('preview').classList.toggle('editing', state.editing);
    $('original-col').hidden = !it.original_shown;
    if (it.original_shown) $('original').replaceChildren(...it.fields.map((f) => fieldBox(f, true)));
    $('audit-body').replaceChildren(...it.audit.map((a) => el('tr', null, el('td', { text: String(a.seq) }),
      el('td', { text: fmtTime(a.at) }), el('td', { text: a.actor }), el('td', { text: a.action }), el('td', { text: a.detail }))));
    $('edit-list').replaceChildren(...state.edits.map((e) => el('li', { text: e.op === 'mask' ? '追加遮盖（' + (CLASS_NAMES[e.class] || e.class) + '）' : '撤销遮盖：' + e.reason })));
  }
  function fieldBox(f, original) {
    const body = el('div', { class: 'text' });
    for (const s of f.segments) {
      const text = original ? s.original : s.text;
      if (s.kind === 'plain') { body.append(text); continue; }
      const m = el('mark', { class: 'c-' + (s.class || 'other') + (s.kind === 'masked' ? ' manual' : '') + (s.kind === 'unmasked' ? ' unmasked' : '') + (s.kind === 'redacted' ? ' redacted' : ''),
        title: (CLASS_NAMES[s.class] || s.class || '') + (s.kind === 'unmasked' ? '（已撤销遮盖）' : ''), text });
      if (!original && s.kind === 'redacted' && f.editable) {
        m.addEventListener('click', () => { if (state.editing) unmask(f.name, s.span); });
      }
      body.append(m);
    }
    return el('div', { class: 'field' }, el('div', { class: 'name', text: FIELD_NAMES[f.name] || f.name }), body);
  }
  async function unmask(field, span) {
    const reason = $('unmask-reason').value.trim();
    if (!reason) { $('action-status').textContent = '撤销遮盖需填写理由。'; $('unmask-reason').focus(); return; }
    state.edits.push({ op: 'unmask', field, span, reason });
    await preview();
  }
  $('mask-add').addEventListener('click', async () => {
    const text = $('mask-text').value;
    if (!text) return;
    const field = state.item.fields.find((f) => f.editable && f.segments.some((s) => (s.original || s.text).includes(text)));
    if (!field) { $('action-status').textContent = '原文中未找到该文字。'; return; }
    state.edits.push({ op: 'mask', field: field.name, text, class: $('mask-class').value });
    if (await preview()) { $('mask-text').value = ''; $('action-status').textContent = '已追加遮盖，批准后生效。'; }
  });
  function toggleEdit() { state.editing = !state.editing; $('edit-box').hidden = !state.editing; renderItem(); if (state.editing) $('mask-text').focus(); }
  async function approve() {
    if ($('approve').disabled) return;
    $('approve').disabled = true;
    const r = await api('POST', '/api/items/' + encodeURIComponent(state.item.item_id) + '/approve', { edits: state.edits });
    if (r.status === 200) {
      $('action-status').textContent = r.data.outcome === 'first_approval' ? '已记录第一次批准，待另一名审批人复核。' : '已批准，进入发布队列。';
      await reloadCurrent();
    } else {
      $('approve').disabled = false;
      $('action-status').textContent = r.status === 409 ? '冲突：该事项已被他人处理或需另一名审批人复核。' : '批准失败：' + (r.data.message || r.status);
    }
  }
  function startReject() { if ($('reject').disabled) return; $('reject-box').hidden = false; $('reject-comment').focus(); }
  async function confirmReject() {
    const comment = $('reject-comment').value.trim();
    if (!comment) { $('action-status').textContent = '请填写驳回意见。'; return; }
    const r = await api('POST', '/api/items/' + encodeURIComponent(state.item.item_id) + '/reject', { comment });
    if (r.status === 200) { $('reject-box').hidden = true; $('reject-comment').value = ''; $('action-status').textContent = '已驳回，不予发布。'; await reloadCurrent(); }
    else $('action-status').textContent = r.status === 409 ? '冲突：该事项已被他人处理。' : '驳回失败：' + (r.data.message || r.status);
  }
  async function reloadCurrent() {
    const msg = $('action-status').textContent;
    await loadItem(state.item.item_id);
    $('action-status').textContent = msg;
  }
  $('approve').addEventListener('click', approve);
  $('reject').addEventListener('click', startReject);
  $('reject-confirm').addEventListener('click', confirmReject);
  $('reject-cancel').addEventListener('click', () => { $('reject-box').hidden = true; });
  $('edit').addEventListener('click', toggleEdit);
  $('back').addEventListener('click', () => { location.hash = '#/queue'; });

  // ---- keyboard
  document.addEventListener('keydown', (ev) => {
    const t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) {
      if (ev.key === 'Escape') t.blur();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey || !state.session) return;
    const inQueue = !$('view-queue').hidden, inItem = !$('view-item').hidden;
    if (ev.key === '?') { if ($('view-help').hidden) show('help'); else route(); return; }
    if (inQueue) {
      if (ev.key === 'j' || ev.key === 'k') {
        state.sel = Math.max(0, Math.min(state.items.length - 1, state.sel + (ev.key === 'j' ? 1 : -1)));
        renderQueue();
        const row = document.querySelector('tr.sel'); if (row) row.scrollIntoView({ block: 'nearest' });
      } else if (ev.key === 'Enter' && state.items[state.sel]) openItem(state.items[state.sel].item_id);
    } else if (inItem) {
      if (ev.key === 'Escape') location.hash = '#/queue';
      else if (ev.key === 'j' || ev.key === 'k') {
        const n = state.items.findIndex((i) => i.item_id === state.item.item_id) + (ev.key === 'j' ? 1 : -1);
        if (state.items[n]) { state.sel = n; openItem(state.items[n].item_id); }
      } else if (isApprover() && ev.key === 'a') { ev.preventDefault(); approve(); }
      else if (isApprover() && ev.key === 'r') { ev.preventDefault(); startReject(); }
      else if (isApprover() && ev.key === 'e') { ev.preventDefault(); toggleEdit(); }
    } else if (ev.key === 'Escape') route();
  });

  // ---- routing
  async function route() {
    if (!state.session) {
      const r = await api('GET', '/api/session');
      if (r.status !== 200) { show('login'); return; }
      state.session = r.data;
    }
    const m = location.hash.match(/^#\/item\/(.+)$/);
    if (m) {
      if (!state.items.length) await loadQueue();
      await loadItem(decodeURIComponent(m[1]));
    } else await loadQueue();
  }
  window.addEventListener('hashchange', route);
  route();
})();
