/**
 * Murshid → Google Sheet receiver (Google Apps Script web app).
 * Appends each interaction as a row and ignores ids already stored; acknowledgements of pack
 * changes go to a second sheet, "acknowledgements".
 * Script property TOKEN must equal the ?token= in the URL given to Murshid.
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
];

function doPost(e) {
  var token = PropertiesService.getScriptProperties().getProperty('TOKEN');
  if (!token || !e.parameter || e.parameter.token !== token) return reply(401, 'bad token');
  var lock = LockService.getScriptLock();
  lock.waitLock(20000);
  try {
    var body = JSON.parse(e.postData.contents);
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('interactions') || SpreadsheetApp.getActiveSpreadsheet().insertSheet('interactions');
    if (sheet.getLastRow() === 0) sheet.appendRow(COLUMNS);
    var last = sheet.getLastRow();
    var ids =
      last > 1
        ? sheet
            .getRange(2, 1, last - 1, 1)
            .getValues()
            .map((r) => String(r[0]))
        : [];
    var seen = {};
    ids.forEach((id) => {
      seen[id] = true;
    });
    var rows = (body.interactions || [])
      .filter((r) => !seen[r.id])
      .map((r) => {
        var b = r.beneficiary || {},
          f = r.follow_up || {},
          s = r.satisfaction || {},
          st = r.staff || {};
        return [
          r.id,
          r.occurred_at,
          r.channel,
          r.platform || '',
          r.direction,
          b.name || '',
          b.phone || '',
          r.topic,
          r.request_ref || '',
          r.verified,
          r.outcome,
          r.referral_reason || '',
          f.due || '',
          f.done_at || '',
          s.score || '',
          s.comment || '',
          r.template_id || '',
          r.notes || '',
          st.name || '',
          r.updated_at,
        ];
      });
    if (rows.length) sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, COLUMNS.length).setValues(rows);
    var acknowledged = storeAcknowledgements(body.acknowledgements || []);
    return reply(200, JSON.stringify({ stored: rows.length, acknowledgements: acknowledged }));
  } finally {
    lock.releaseLock();
  }
}

/**
 * Staff acknowledging a new version of the knowledge pack go to a second sheet, one row each,
 * ids already stored ignored (a retry sends the same ids again).
 */
var ACK_COLUMNS = ['id', 'acknowledged_at', 'pack_id', 'version', 'sha256', 'staff_name', 'staff_branch'];

function storeAcknowledgements(list) {
  if (!list.length) return 0;
  var book = SpreadsheetApp.getActiveSpreadsheet();
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
  var rows = list
    .filter((a) => !seen[a.id])
    .map((a) => {
      var st = a.staff || {};
      return [a.id, a.acknowledged_at, a.pack_id, a.version, a.sha256, st.name || '', st.branch || ''];
    });
  if (rows.length) sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, ACK_COLUMNS.length).setValues(rows);
  return rows.length;
}

function reply(status, text) {
  // Apps Script always answers 200; the body says what happened.
  return ContentService.createTextOutput(JSON.stringify({ status: status, message: text })).setMimeType(ContentService.MimeType.JSON);
}
