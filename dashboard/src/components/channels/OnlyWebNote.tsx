/** Said instead of one-column tables: where ratings and survey answers from other channels come from. */
export function OnlyWebNote({ siteKey }: { siteKey: string }) {
  return (
    <section class="empty-state card" aria-labelledby="only-web-title">
      <h2 id="only-web-title">Only web feedback in this period</h2>
      <p>
        This view compares the website with the other places customers tell you how it went: phone calls, e-mail, text
        messages and the store. Once ratings or survey answers from another channel are in, each touchpoint and each
        survey shows every channel's score side by side, and marks where one is clearly worse than the web.
      </p>
      <ul>
        <li>
          Share a survey as a link or QR code for the store, e-mail or text messages from its page on the{' '}
          <a href={`/surveys?site=${encodeURIComponent(siteKey)}`}>Surveys page</a>: its answers come in under that channel.
        </li>
        <li>
          Import a call centre's or store survey tool's export (CSV or XLSX) on the{' '}
          <a href={`/import?site=${encodeURIComponent(siteKey)}`}>Import page</a> (admins).
        </li>
        <li>
          Or send them from your own systems: <code>POST /api/sites/{siteKey}/import</code> with{' '}
          <code>"channel": "phone"</code> (or <code>email</code>, <code>sms</code>, <code>store</code>, <code>api</code>) on each
          rating, with an API token.
        </li>
      </ul>
    </section>
  );
}
