/**
 * Murshid → Google Sheet receiver (Google Apps Script web app).
 * Appends each interaction as a row and ignores ids already stored.
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
  // Schema 2 (the five steps), added at the end so an existing sheet's columns stay where they were.
  'schema_version',
  'info_complete',
  'verification_note',
  'informed_reply_within_week',
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
          r.schema_version || 1,
          r.info_complete === undefined ? '' : r.info_complete,
          r.verification_note || '',
          r.informed_reply_within_week === undefined ? '' : r.informed_reply_within_week,
        ];
      });
    if (rows.length) sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, COLUMNS.length).setValues(rows);
    return reply(200, JSON.stringify({ stored: rows.length }));
  } finally {
    lock.releaseLock();
  }
}

function reply(status, text) {
  // Apps Script always answers 200; the body says what happened.
  return ContentService.createTextOutput(JSON.stringify({ status: status, message: text })).setMimeType(ContentService.MimeType.JSON);
}
