/**
 * Murshid → Google Sheet receiver (Google Apps Script web app).
 * Writes each interaction as a row: a new id is appended, an id already in the sheet is updated
 * in place (an edit in Murshid sends the record again with a later updated_at). Acknowledgements of
 * pack changes go to a second sheet, "acknowledgements".
 * Script property TOKEN must equal the ?token= in the URL given to Murshid.
 *
 * Apps Script cannot set an HTTP status, so Murshid counts a record as delivered only when this
 * answer names it: {"ok":true,"received":[ids…]}. Anything else ({"ok":false,…}, an error page,
 * a missing id) leaves the record in Murshid as "needs attention".
 */
var COLUMNS = [
  'id',
  'occurred_at',
  'channel',
  'platform',
  'direction',
  'beneficiary_name',
  'beneficiary_phone',
  'topic',
  'request_ref',
  'verified',
  'outcome',
  'referral_reason',
  'follow_up_due',
  'follow_up_done_at',
  'satisfaction',
  'satisfaction_comment',
  'template_id',
  'notes',
  'staff_name',
  'updated_at',
  // Schema 2 (the five steps), added at the end so an existing sheet's columns stay where they were.
  'schema_version',
  'info_complete',
  'verification_note',
  'informed_reply_within_week',
];

function doPost(e) {
  var token = PropertiesService.getScriptProperties().getProperty('TOKEN');
  if (!token || !e.parameter || e.parameter.token !== token) return reply({ ok: false, error: 'bad token' });
  var lock = LockService.getScriptLock();
  lock.waitLock(20000);
  try {
    var body = JSON.parse(e.postData.contents);
    var book = SpreadsheetApp.getActiveSpreadsheet();
    var sheet = book.getSheetByName('interactions') || book.insertSheet('interactions');
    if (sheet.getLastRow() === 0) sheet.appendRow(COLUMNS);
    var last = sheet.getLastRow();
    var ids = last > 1 ? sheet.getRange(2, 1, last - 1, 1).getValues().map((r) => String(r[0])) : [];
    var rowOf = {};
    ids.forEach((id, i) => {
      rowOf[id] = i + 2;
    });
    var received = [];
    var appended = [];
    (body.interactions || []).forEach((r) => {
      if (!r || typeof r.id !== 'string') return;
      var row = toRow(r);
      if (rowOf[r.id]) sheet.getRange(rowOf[r.id], 1, 1, COLUMNS.length).setValues([row]);
      else appended.push(row);
      received.push(r.id);
    });
    if (appended.length) sheet.getRange(sheet.getLastRow() + 1, 1, appended.length, COLUMNS.length).setValues(appended);
    received = received.concat(storeAcknowledgements(book, body.acknowledgements || []));
    SpreadsheetApp.flush();
    return reply({ ok: true, received: received });
  } catch (err) {
    return reply({ ok: false, error: String(err) });
  } finally {
    lock.releaseLock();
  }
}

/** A cell that starts with = + - @ (or a TAB/CR before them) would be a live formula: keep it text. */
function safe(value) {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : value;
  return /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
}

function toRow(r) {
  var b = r.beneficiary || {},
    f = r.follow_up || {},
    s = r.satisfaction || {},
    st = r.staff || {};
  return [
    r.id,
    r.occurred_at,
    r.channel,
    r.platform,
    r.direction,
    b.name,
    b.phone,
    r.topic,
    r.request_ref,
    r.verified,
    r.outcome,
    r.referral_reason,
    f.due,
    f.done_at,
    s.score,
    s.comment,
    r.template_id,
    r.notes,
    st.name,
    r.updated_at,
    r.schema_version || 1,
    r.info_complete === undefined ? '' : r.info_complete,
    r.verification_note,
    r.informed_reply_within_week === undefined ? '' : r.informed_reply_within_week,
  ].map(safe);
}

function reply(answer) {
  // Apps Script always answers 200 (after a 302 to script.googleusercontent.com); the body says what happened.
  return ContentService.createTextOutput(JSON.stringify(answer)).setMimeType(ContentService.MimeType.JSON);
}

var ACK_COLUMNS = ['id', 'acknowledged_at', 'pack_id', 'version', 'sha256', 'staff_name', 'staff_branch'];

/**
 * Staff acknowledging a new version of the knowledge pack go to a second sheet, one row each; an id
 * already stored is not written twice (a retry sends it again). Returns the ids now stored.
 */
function storeAcknowledgements(book, list) {
  var valid = list.filter((a) => a && typeof a.id === 'string');
  if (!valid.length) return [];
  var sheet = book.getSheetByName('acknowledgements') || book.insertSheet('acknowledgements');
  if (sheet.getLastRow() === 0) sheet.appendRow(ACK_COLUMNS);
  var last = sheet.getLastRow();
  var seen = {};
  if (last > 1)
    sheet
      .getRange(2, 1, last - 1, 1)
      .getValues()
      .forEach((r) => {
        seen[String(r[0])] = true;
      });
  var rows = valid
    .filter((a) => !seen[a.id])
    .map((a) => {
      var st = a.staff || {};
      return [a.id, a.acknowledged_at, a.pack_id, a.version, a.sha256, st.name, st.branch].map(safe);
    });
  if (rows.length) sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, ACK_COLUMNS.length).setValues(rows);
  return valid.map((a) => a.id);
}
