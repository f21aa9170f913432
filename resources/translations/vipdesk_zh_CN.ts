<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to the duty manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatigue alert: acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous database kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started, outcome not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line (no PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports, backups and restores run from the command line in the last %1 days (at most %2), newest first. Ask IT about any you do not recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line runs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” could not be started. Check that it is switched on and has paper, choose another printer in Settings, or save the card as PDF from its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default printer could not be started. Check that it is switched on and has paper, choose a card printer in Settings, or save the card as PDF from its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” could not be started. Check that it is switched on and has paper, then print again and choose it or another printer, or save as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default printer could not be started. Check that it is switched on and has paper, then print again and choose another printer, or save as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge the fatigue alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done for the guest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more, escalations among them…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertLine</name>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllAlertsDialog</name>
    <message>
        <source>All alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts now: %1, the most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoriseDialog</name>
    <message>
        <source>Approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here may approve this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoriseForm</name>
    <message>
        <source>Duty manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardForm</name>
    <message>
        <source>Lounge board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a guest: name or flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces and guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces and guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boarding soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free: %2 has waited longest for a %3. Select them and press Seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other space can take this party now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendant is on the team; add one in Staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand %1 over to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as told about boarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space can take this party yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1 in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import today&apos;s departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departures are still being imported; please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the departures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures imported: %1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: too large for a day&apos;s departures. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flight to edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the guest&apos;s stay? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out without rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the guest leaves, this is still open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2, %3): “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise overdue since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>Confirm the date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s clock says %1.
The last recorded event was %2.

Confirm only if the clock is right (for example, the desk was switched off for a while). Anonymising old guests and deleting old backups then run by this clock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the guest&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsForm</name>
    <message>
        <source>Complaints, praise and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guest&apos;s words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the guest&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution, how the guest was told, or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: guest told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department that must act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <source>Work started on #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is with the duty manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise on #%1 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 items; narrow the filters to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guest on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, logged %3 by %4. For: %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apology recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise for the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise for %1 kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise for %1 not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promise was made after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: promised by %1, %2 to tell the guest: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by %1, %2 to tell the guest: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open work order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order done on #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback #%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskForm</name>
    <message>
        <source>Scan a boarding pass, or type a guest&apos;s name or flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A companion&apos;s name, then +; or scan their pass with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan companion&apos;s pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next pass scanned joins this guest&apos;s party; then scans are new guests again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap ✕ to take a companion out of the party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager exception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for “%1” among the guests in the lounge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited guest, no flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Boarding was due to begin at %1 (assumed), %2 minutes ago: the guest should go to the gate now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Boarding began at %1, %2 minutes ago: the guest should go to the gate now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent flyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit: welcome them to the lounge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🎂 Birthday today!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Complained last time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier visit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier visits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First visit here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>also visited our %1 (%2, last on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Also checked in at %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in: the visit is selected in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid entry · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer paid entry, or ask a duty manager for an exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lounge is full for this party: offer the waiting list (F4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to check in, or pick a space and attendant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companions: %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 at %2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least busy attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the main guest&apos;s pass first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel companion scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan companion&apos;s pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the companion&apos;s pass now: it joins the party of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion added: %1 — party of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion removed: %1 — party of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been waiting %2 minutes for a space like %3. Parties waiting for it: %4. Seat the longest waiter first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is seated in %2. Now check in %3, or put them on the waiting list (F4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the waiting list (waiting for: %2); the board watches the wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome card for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty manager may let this guest in as an exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the guest to check out in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out. Thank the guest and wish them a good flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The card shows a boarding time that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarding has begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not printed: boarding has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome card sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a boarding pass. F2: manual entry · Esc: clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 seats taken (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseGuestForm</name>
    <message>
        <source>Erase a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a guest asks to be forgotten, find them here and erase their personal data. Booking references are never kept, so search by name or by the last four characters of the frequent-flyer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or frequent-flyer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guest in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes their name, frequent-flyer number, birthday, preferences and notes, the words of their complaints, and their name wherever it was written. The visits and complaints stay in the reports&apos; counts, without anything that names them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseGuestScreen</name>
    <message>
        <source>No guest on file matches. Erased guests are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guest in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit as a companion</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits as a companion</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback item</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no visits and no feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guest in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased (%2). The reports keep their counts, with nothing that names them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationNoteDialog</name>
    <message>
        <source>A note for the duty manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty manager closes this alert. What should they know about %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Log feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback with no guest on record (a call or an email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the guest praise, in their words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and thank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, %1, that is lovely to hear. I will pass it on to %2.” Then tell %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, %1, that is lovely to hear. I will pass it on to the team.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, that is lovely to hear. I will pass it on to %2.” Then tell %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, that is lovely to hear. I will pass it on to the team.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this feedback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this feedback? What you typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it reach us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the guest&apos;s words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the guest finish; write what they say, as they say it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which colleague did they praise? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. family of four, box 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise needs no follow-up: it is thanked, recorded and closed when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the guest expect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: what would put this right for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you apologise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done at once?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How serious?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must that department do? (work order, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise the guest a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who keeps it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will the guest be told?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. at the desk, phone call to gate B7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the duty manager now (escalate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>VIP Desk — set up another lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP Desk — set up your lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up another lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lounge in this database, with its own administrator and staff. This desk keeps serving its own lounge; it serves the new one only if you choose it in Settings → This desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its administrator&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a city, e.g. Copenhagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Welcome to VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about your lounge. You can change all of this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lounge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Aurora Lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airport (IATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CPH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces where guests are seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlightDialog</name>
    <message>
        <source>Edit flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverForm</name>
    <message>
        <source>Shift and handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End shift and write handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the next shift know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <source>You have not started a shift. Start it to write the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, your shift started at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift has ended and the handover is written. Print it, or leave it for the next shift to read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover is waiting. When you end your shift, the handover for the next shift is written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover from %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and acknowledged by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the next shift to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read it all, then acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(escalated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 min, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests in the lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoungeChooser</name>
    <message>
        <source>VIP Desk — choose this desk&apos;s lounge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoungeChooserForm</name>
    <message>
        <source>Which lounge does this desk serve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds several lounges. Choose this desk&apos;s lounge once; the desk remembers it. An administrator can change it, or set up another lounge, in Settings → This desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoungeSettings</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber warning after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiting guest&apos;s row turns amber this long after the wait started: act before the fatigue alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue alert after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fatigue alert is raised after this long waiting; a guest still waiting this long after it was acknowledged is the duty manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate unacknowledged alert after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fatigue alert nobody has acknowledged this long after it was due goes to the duty manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarding reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before boarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests whose boarding is this close are shown on the board, to be reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of one agent&apos;s work stays on screen for the next: an idle desk locks and asks for a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep guests&apos; personal data for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this, a guest&apos;s personal data is anonymised; the reports keep their counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between scheduled backups of the lounge&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports from the command line need a staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off for a scheduled report job, which runs unattended. Every run is in the audit trail either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups from the command line need a staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off for a scheduled backup job, which runs unattended. Every run is in the audit trail either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores from the command line need an administrator&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore replaces every guest&apos;s record: leave this on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on every welcome card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN no longer meets the PIN rules: please ask an administrator to set a new one in Staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been signed out: an administrator has changed your account so that you can no longer sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boarding pass was not read: checking guests in is not part of your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the desk needs a duty manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Manual entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntryForm</name>
    <message>
        <source>Manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a pass that will not scan, or an invited guest without one. The same checks as a scan apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent-flyer airline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent-flyer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lounge membership card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (airport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (airport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited guest (no flight needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>VIP Desk: opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo lounge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the lounge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseOutcomeDialog</name>
    <message>
        <source>Was the promise kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the promise to the guest kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promise was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Pick a report and a day, then press Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not built. Press Show to build it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report… page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: 1 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built: an unexpected error (see the desk&apos;s log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Show to build the report for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <source>Reserve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For (guest&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <source>VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>A boarding pass was scanned; it will be read after sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass of %1 held: finish or cancel this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanned pass is held: finish or cancel this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass of %1 held: check in or clear the guest on screen first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanned pass is held: check in or clear the guest on screen first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boarding pass scanned while the desk was locked was not read: it is more than two minutes old. Please scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Check-in desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lounge board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift &amp; handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lounge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber warning after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue alert after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate unacknowledged alert after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarding reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before boarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep guests&apos; personal data for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports from the command line need a staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off for a scheduled report job, which runs unattended. Every run is in the audit trail either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups from the command line need a staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off for a scheduled backup job, which runs unattended. Every run is in the audit trail either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores from the command line need an administrator&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore replaces every guest&apos;s record: leave this on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lounge settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this desk is named on the audit trail and on each check-in, e.g. Desk 1 or Office. Empty: the PC&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up another lounge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lounge in this database, with its own first administrator and staff (administrators only). This desk keeps serving its lounge until you choose another above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lounge this desk serves on this database. A change takes effect when VIP Desk next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome card printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the welcome card automatically after check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a scanner set up to type something before each barcode: type the same characters here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a scanner set up to type something after each barcode, before its Enter: type the same characters here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save desk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent-flyer tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gold, Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership card pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix, or re:regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free companions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid companions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set up, with its own administrator. To have this desk serve it, choose it above and save the desk settings: it takes effect when VIP Desk next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lounge this desk serves on this database. A change takes effect when VIP Desk next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk serves %1 from its next start: close VIP Desk and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Who is at the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Desk locked. %s, type your PIN, or tap another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source> (process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP Desk is already open on {path}{owner}; use that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP Desk cannot start on {path}: it cannot write its lock file {lock} there (the folder is read-only, full or cannot be made). Nothing was changed. Please ask IT to check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (not for attendants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select someone in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear PIN lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Select someone in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is added as an attendant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is added and can sign in with the PIN you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new PIN and can sign in with it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 is now called %1; everything they did stays theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an attendant and no longer signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2. Set a PIN for them if they have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can try their PIN again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabin class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lounge full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi and IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating and space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airline liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lounge full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settling at check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent-flyer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lounge membership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WaitDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.owner</name>
    <message>
        <source>The departures could not be imported: an unexpected error (see the desk&apos;s log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
