<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>The catalogue cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln resource(s)</source>
        <translation>
            <numerusform>Edit %Ln resource</numerusform>
            <numerusform>Edit %Ln resources</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spanish, fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usual order (relevance while typing, else name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;verified (oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organization, description, tag or language — e.g. trans housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results follow each keystroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit columns to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort results by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove la&amp;nguages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many resources will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “{name}”: write its name or code (Spanish, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose what to change in the %Ln resource(s).</source>
        <translation>
            <numerusform>Choose what to change in the %Ln resource.</numerusform>
            <numerusform>Choose what to change in the %Ln resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting which of the %Ln resource(s) will change…</source>
        <translation>
            <numerusform>Counting which of the %Ln resource will change…</numerusform>
            <numerusform>Counting which of the %Ln resources will change…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln resource(s) will change.</source>
        <translation>
            <numerusform>{count} of %Ln resource will change.</numerusform>
            <numerusform>{count} of %Ln resources will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln resource(s) would change: they have this already.</source>
        <translation>
            <numerusform>None of the %Ln resource would change: they have this already.</numerusform>
            <numerusform>None of the %Ln resources would change: they have this already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue file warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one of the catalogue&apos;s daily backups back in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other import has ended; going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue is read-only: it is open for reading, and nothing can be changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue is damaged: Resource Desk will not write to it, so nothing more is lost. Restore a backup to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample catalogue has no backups: it is made afresh whenever it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup {backup}. The catalogue as it was is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified in over 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential address — hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (confidential — do not share or print):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified in over 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only in this catalogue; never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified: {date} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal confidential address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the confidential address on this screen only; it is never printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide confidential address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources that look alike: the same phone number, web site or address and a close name. Compare them and decide — merge one into the other (you can undo it), or keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two resources side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks (on a yellow ground) what differs between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;left, merge right into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the left resource; move the right one&apos;s phones, addresses, tags and list entries onto it and fill its empty fields; then delete the right one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;right, merge left into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the right resource; move the left one&apos;s phones, addresses, tags and list entries onto it and fill its empty fields; then delete the left one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both; this pair is not listed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The possible duplicates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
⚠ different organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate pair(s)</source>
        <translation>
            <numerusform>%Ln possible duplicate pair</numerusform>
            <numerusform>%Ln possible duplicate pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: no two resources share a phone, web site or address with a close name (or you have said they are different).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ These belong to {organizations} — merge them only if they really are one resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the two differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “{removed}” back, and “{kept}” as it was before the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge resources of different organizations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{keep}” belongs to {keep_organization} and “{remove}” to {remove_organization}.

Merge them anyway? “{remove}” is deleted and what it has moves to “{keep}” ({keep_organization}). You can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{removed}” into “{kept}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. “Undo last merge” (or Edit ▸ Undo) puts both back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicates: “{a}” and “{b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept both “{a}” and “{b}”; this pair is not listed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the merge: “{removed}” is back, and “{kept}” is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new resource from a copy of the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the chosen resources were checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove tags, set kind, cost, delivery, status or languages of the chosen resources at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resource (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”. The current search or filters do not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”?

Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln resources?

{names}

Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Delete this resource?

{names}

Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Delete these %Ln resources?

{names}

Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln resources</source>
        <translation>
            <numerusform>Delete %Ln resource</numerusform>
            <numerusform>Delete %Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln resource(s)</source>
        <translation>
            <numerusform>Deleted %Ln resource</numerusform>
            <numerusform>Deleted %Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln resource(s) verified</source>
        <translation>
            <numerusform>Mark %Ln resource verified</numerusform>
            <numerusform>Mark %Ln resources verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln resource(s) verified today</source>
        <translation>
            <numerusform>Marked %Ln resource verified today</numerusform>
            <numerusform>Marked %Ln resources verified today</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln resource(s): {changes}</source>
        <translation>
            <numerusform>Edit %Ln resource: {changes}</numerusform>
            <numerusform>Edit %Ln resources: {changes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln resource(s)</source>
        <translation>
            <numerusform>Changed %Ln resource</numerusform>
            <numerusform>Changed %Ln resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a fault in Resource Desk, not something you did. Nothing you had saved is lost. “Copy details” copies what a developer needs to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (re-imports exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 package (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 package (a folder of CSV tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 JSON (a service list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected resources ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private notes and confidential addresses (for your own backup, not for sharing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by ticking the box above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Desk guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets printed or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in sheet tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheets logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The log is switched off in Edit ▸ Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s); no client names are kept.</source>
        <translation>
            <numerusform>%Ln sheet; no client names are kept.</numerusform>
            <numerusform>%Ln sheets; no client names are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget all %Ln logged sheet(s)?</source>
        <translation>
            <numerusform>Forget all %Ln logged sheet?</numerusform>
            <numerusform>Forget all %Ln logged sheets?</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of {file}?

The {created} resources it created are deleted and the {updated} it updated get their old values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update it (fill in and add; never blank anything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that match a resource already in the catalogue (or an earlier row of this file). Choose what to do with each; the default changes nothing when a file is imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a row matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible new tags: values of tag columns (untick to leave them out), and source categories that match no tag (tick one to make a tag of it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file to find duplicates (nothing is written)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file would give: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>source category, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <translation>
            <numerusform>… and %Ln more warning</numerusform>
            <numerusform>… and %Ln more warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource lists (*.csv *.tsv *.txt *.xlsx *.zip *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet (CSV or .xlsx), a 211 export, or an Open Referral data package (a folder, a .zip or its datapackage.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You dropped several files; pick the one to import now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Open Referral data package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCarol 211 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what was recognised; change the encoding if accents look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy capitals (LIKE THIS → Like This)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and organization names written in capitals are put in title case; acronyms (AIDS, LGBTQ, SF, YMCA) and small words (of, and, de) are kept right. Names in mixed case are never changed. Ticked when most names in the file are in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows, as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from reading the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first resources, as they will be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column goes to a field. Yes/no columns can stand for a tag or a language. The preview below shows the first rows as they will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (first rows as they will be stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facet:name, e.g. need:Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code, e.g. es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address number (1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mapping a name to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mapping to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}; use it with: resource-desk import FILE --mapping {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags that the rows&apos; own words (name, description, eligibility, source categories) suggest. Tick the ones to add to those rows; the others are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag}  —  {rows}, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{ticked} of %Ln suggested tag(s) will be added.</source>
        <translation>
            <numerusform>{ticked} of %Ln suggested tag will be added.</numerusform>
            <numerusform>{ticked} of %Ln suggested tags will be added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One import is one step: all of it or none of it. It can be undone from the import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} will give: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You changed the choice for %Ln match(es).</source>
        <translation>
            <numerusform>You changed the choice for %Ln match.</numerusform>
            <numerusform>You changed the choice for %Ln matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offered tag(s) left out.</source>
        <translation>
            <numerusform>%Ln offered tag left out.</numerusform>
            <numerusform>%Ln offered tags left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source categories become tags.</source>
        <translation>
            <numerusform>%Ln source category becomes a tag.</numerusform>
            <numerusform>%Ln source categories become tags.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested tags added: {tags}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tags: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import? What it created is deleted and what it updated gets its old values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {deleted} resources deleted, {restored} restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text/SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages (“12–24”, “18 and older”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (free, sliding scale, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery (in person, remote, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (yes/no column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (whole, one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: state / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: confidential (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag (yes/no column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source categories (the list&apos;s own classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (added to private notes with the column name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Desk id (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hmong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&apos;iche&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navajo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samoan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Sign Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quebec Sign Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexican Sign Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Desk catalogues (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Resource Desk&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your catalogue is empty. Import a list of resources that colleagues, a coalition or a 211 centre shared with you, add your first resource by hand, or look around in a sample catalogue first (it is kept apart from yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the sample catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of resources found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;my catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to your own catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around in the sample catalogue (kept apart from yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import resources from a CSV, spreadsheet or Open Referral file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save resources as CSV or an Open Referral package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past imports, their problems, and Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, merge and color tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags the chosen resources&apos; own words suggest (or the results&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources that look alike, side by side: merge them or keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review stale resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the resources not verified in the last N months, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive &amp;&amp; do-not-refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Desk &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding, tagging, importing, sheets and privacy, in short (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Resource Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) found</source>
        <translation>
            <numerusform>%Ln resource found</numerusform>
            <numerusform>%Ln resources found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the window in {language} now? What you did so far could then no longer be undone with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I next open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the catalogue; the previous version is kept as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Choose another name, or use File ▸ Open catalogue… to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sample catalogue. File ▸ Open my catalogue takes you back to yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the sample catalogue. {what} here, or in your own catalogue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to &amp;my catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in the &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Resource Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline catalogue of community resources and referral sheets for psychotherapists. No client data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I put them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window reopens in this language when you click Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice header (printed at the top of every sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverbend Counseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, phone, email, web: one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country}, from the contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters (US, CA, MX): the country Open Referral exports give addresses that have none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for &amp;exports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;risis lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes for web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a log of printed and saved sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log holds the date, title, language and resources of each sheet, and the optional client code you type. Never a client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with each step of View ▸ Review stale resources, and as “Verified by”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or &amp;initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print referral sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of {catalogue} is made on the first open of each day, in “{folder}” beside it (the last 7 days and the last 4 weeks are kept). Restoring puts the chosen copy in the catalogue&apos;s place; the catalogue as it is now is kept there too, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of {catalogue} yet: one is made on the first open of each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup of {made} ({count} resources) in the place of {catalogue}?

The catalogue as it is now is kept beside the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily &amp;closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review stale resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is not set: Edit ▸ Preferences keeps it with each review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resources not verified in the last %Ln month(s), oldest first.</source>
        <translation>
            <numerusform>Resources not verified in the last %Ln month, oldest first.</numerusform>
            <numerusform>Resources not verified in the last %Ln months, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the resources to review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource {position} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to review: every resource was verified in the last %Ln month(s).</source>
        <translation>
            <numerusform>Nothing to review: every resource was verified in the last %Ln month.</numerusform>
            <numerusform>Nothing to review: every resource was verified in the last %Ln months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {done} of {total} reviewed. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review “{name}”: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last verified {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %Ln chosen resource(s)</source>
        <translation>
            <numerusform>the %Ln chosen resource</numerusform>
            <numerusform>the %Ln chosen resources</numerusform>
        </translation>
    </message>
    <message>
        <source>the resources the search shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags that the words of {scope} suggest (name, description, eligibility, source categories). Tick the ones to add; nothing is added until you press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add ticked tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s) suggested for {scope}.</source>
        <translation>
            <numerusform>%Ln tag suggested for {scope}.</numerusform>
            <numerusform>%Ln tags suggested for {scope}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tag to suggest for {scope}: its words suggest no tag missing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag to suggest for {scope}: their words suggest no tag missing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add {tags} to {resources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick tags to show only resources that carry them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln resource</numerusform>
            <numerusform>%Ln resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Filter by tag&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every tag and reset the filters below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match all ticked tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a resource needs any one of the tags ticked in a group.
On: it needs every tag ticked in a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact &amp;&amp; places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages &amp;&amp; access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification &amp;&amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ranslations &amp;&amp; discreet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people call it, e.g. Trans Youth Drop-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name or pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eligibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. $0–40 per session on a sliding scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (tick “Confidential” for a shelter whose address must stay hidden; it is never printed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a tag, or type a new one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or press Enter in the finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tag “{name}” in {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages &amp;offered (tick every one staff or interpreters speak):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other language codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages as ISO 639 codes or names, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ot&amp;her:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free entrance, ASL interpreters on request, quiet room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;essibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your initials or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you only: never printed on a referral sheet. Do not write client names here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: hidden on screen until revealed, never printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource was deleted in the meantime; it cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to this resource?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any open status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Any open status” leaves out inactive and do-not-refer resources unless “Show inactive” is ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;verified in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {tags} to {resources}. Edit ▸ Undo (or File ▸ Import history…) takes them back in one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suggested tags {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redoing “{step}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing “{step}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by {column} ({first} first), again to reverse, a third time for the usual order (relevance while words are typed, else name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never verified and oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Tags: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight wallet-size cards (85 × 55 mm) to a page, with cut marks. Tick the lines each card carries (at most {count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discreet (names nothing sensitive; the numbers stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet sheets never name a sensitive tag: by default every identity tag and Domestic violence, Sexual assault, Gender-affirming care, Immigration legal help, Substance use, Crisis &amp; safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen resources off the sheet (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the client about this resource (printed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ask for Sam at the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the title in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the sheet history keeps the date, language and resources, not the title (a title such as “Resources for …” may name the client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the client, printed under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the whole sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 pt and larger type, high contrast, for clients with low vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing that names an identity or a sensitive need (the tags marked sensitive, in any language): names, organizations, web addresses and QR codes that hold one are left out, the phone numbers stay. For clients whose safety depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns, smaller type, no QR codes: for long lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code of your own for the referral log, e.g. C-0423: at most 16 characters, at least one digit, at most 4 letters, no spaces. Never a client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print as car&amp;ds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight wallet-size safety cards to a page: the crisis lines, discreet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is marked do not refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {names}. Nobody should be referred there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) no longer exist in this catalogue.</source>
        <translation>
            <numerusform>%Ln resource no longer exists in this catalogue.</numerusform>
            <numerusform>%Ln resources no longer exist in this catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sheet: %Ln resource(s)</source>
        <translation>
            <numerusform>Sheet: %Ln resource</numerusform>
            <numerusform>Sheet: %Ln resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet: empty — add resources from the results (Ctrl+Enter or drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints as: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%Ln page(s)).</source>
        <translation>
            <numerusform>Saved {file} (%Ln page).</numerusform>
            <numerusform>Saved {file} (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the list “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the list “{name}” (%Ln resource(s)).</source>
        <translation>
            <numerusform>Saved the list “{name}” (%Ln resource).</numerusform>
            <numerusform>Saved the list “{name}” (%Ln resources).</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no saved lists yet: put resources on the sheet and press “Save as list…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the list “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sheet: empty — click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sheet (empty): open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral sheet is empty. Click to open it, drop resources here, or press Ctrl+Enter on the chosen ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen resources on the referral sheet (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen resources on the referral sheet (Ctrl+Enter, or drag them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the referral sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the referral sheet as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referral sheet as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice header, sheet language and paper, referral log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets printed or saved; open one again in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show referral &amp;sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is empty: add resources from the results first (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the resources on the sheet with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {names} into one tag.

Every resource that carries any of them will carry the surviving tag; the other names become its aliases, so imports keep matching them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surviving tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags say who a resource serves and what it offers. Renaming keeps the old name as an alias, so imported lists that use it still match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge… (Ctrl+click two or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;liases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that suggest this tag when a resource&apos;s name, description, eligibility or source categories hold them (any language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more tags of the same group (Ctrl+click), then Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more tags to merge (hold Ctrl and click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tags of the same group can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags {others} into “{kept}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color for “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Color for %Ln tags</source>
        <translation>
            <numerusform>Color for %Ln tags</numerusform>
            <numerusform>Color for %Ln tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Recolor “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recolor %Ln tags</source>
        <translation>
            <numerusform>Recolor %Ln tags</numerusform>
            <numerusform>Recolor %Ln tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Other names for “{name}”, one per line.
Imported lists that use them get this tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and phrases that suggest “{name}”, one per line, in any language.
Suggest tags… offers this tag for resources whose text holds one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “{name}”?

%Ln resource(s) carry it; they keep everything else.</source>
        <translation>
            <numerusform>Delete the tag “{name}”?

%Ln resource carries it; it keeps everything else.</numerusform>
            <numerusform>Delete the tag “{name}”?

%Ln resources carry it; they keep everything else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags: {names}?

{carried}</source>
        <translation>
            <numerusform>Delete %Ln tags: {names}?

{carried}</numerusform>
            <numerusform>Delete %Ln tags: {names}?

{carried}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are on %Ln resource(s) in all; those keep everything else.</source>
        <translation>
            <numerusform>They are on %Ln resource in all; those keep everything else.</numerusform>
            <numerusform>They are on %Ln resources in all; those keep everything else.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags</source>
        <translation>
            <numerusform>Delete %Ln tags</numerusform>
            <numerusform>Delete %Ln tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Note for the &amp;client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the resource&apos;s own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other tabs&apos; text is &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another language (printed on sheets in that language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a field is empty, the sheet prints the text as entered and says which language it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On discreet sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Youth housing program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Support line, free, 24/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed instead of the name and description when the sheet is discreet. Left empty, a resource with a sensitive tag prints a neutral label (“Mental health · Support line”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text file (it looks like binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding chosen by you; detected {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell longer than {count} characters; the row is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be decoded as {encoding} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has more than {count} rows, the most one import reads; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line longer than {count} characters; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cells, more than the {most} a row may have; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no header row found; its lines are longer than {count} characters (is it really a CSV file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty (no cells with text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same id in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone and a close name ({score}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same web site and a close name ({score}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-32 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big5 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift JIS (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOI8-R (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding “{encoding}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{encoding}” is not an encoding text files are written in (try utf-8 or windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --include-private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 resource exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} resources exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private notes of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 confidential address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} confidential addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: {what} (include them {hint})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to meet HSDS: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no street number, postal code or known city: not read as an address; kept in the private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest age {low} is above highest age {high}; ages left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name (the “{column}” cell is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name (no column holds a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “{value}”; kept as a community resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delivery “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status “{value}”; kept as active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is an email address; used as the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a web address; kept in the private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an email address; kept in the private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}” read as {languages} only ({withheld}: not offered, or not yet); kept in the private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}” says {withheld} is not offered, or not yet; no language read, kept in the private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}” read as {languages}; kept in the private notes too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}” is not a language Resource Desk knows; kept in the private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number in “{cell}”; kept in the private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not yes or no; the address is kept confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{id}” matches {count} imports; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no import with id “{id}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websites HSDS&apos;s format does not take (kept only in a Resource Desk attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails HSDS&apos;s format does not take (kept only in a Resource Desk attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization web or e-mail addresses HSDS&apos;s format does not take (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations without a description (written as “{text}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources without an organization (one named after the resource, marked as such)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses without the street, city, state, postal code or country HSDS requires (not written as HSDS addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses without a country (given {country}, the country in Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source category codes another scheme uses too (left out of the repeats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization with its services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service at a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: an HSDS API&apos;s root document (version and profile); it lists no services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no HSDS service, organization or service_at_location objects in it (a location, taxonomy or table list alone is not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: nested too deeply to be HSDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of {count}: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {count}: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one object: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is larger than {most}, the most one import reads; split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} nests lists or objects more than {most} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 JSON ({shape})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “{format}” (use one of: {formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is JSON, not a {format} file; HSDS JSON is read with --format hsds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Open Referral data package (a folder, a .zip or a datapackage.json beside services.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a data package, not a single {format} file; use --format hsds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a zip archive; name it .zip (an Open Referral package) or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an iCarol export (no ResourceAgencyNum, ParentAgencyNum or PublicName column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral HSDS 3.0 data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral data package in Ohana&apos;s layout (HSDS 1.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral HSDS 2.x data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral HSDS 1.x data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table not read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable .zip archive ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this folder is not an Open Referral data package (no services.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this archive is not an Open Referral data package (no services.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its tables hold {size}, more than the {most} one import reads; split the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” matches no row of {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} “{value}” matches no row of any table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy term “{term}” matches no row of the taxonomy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParentAgencyNum “{number}” matches no agency row; imported without its organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConnectsToSiteNum “{number}” matches no site row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Desk export; {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no recognisable header in row {row} ({headers}): no column looks like a name or an organization; give a mapping (--mapping FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, a device or a socket); give a file saved on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {member} is encrypted; unzip it with its password first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {member} expands to {size}, more than the {most} an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {member} expands {ratio} times (at most {most}); this is not an ordinary data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {member} is damaged and cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {member} expands to more than {most}, the most an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size}; a descriptor or mapping file is at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {most}, the most a descriptor or mapping file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: expected a JSON object with a “columns” object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column “{column}” needs a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column “{column}”: unknown field “{name}” (use one of: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column “{column}”: phone kind must be one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column “{column}”: facet must be one of {facets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column “{column}”: a “translation” column needs &quot;param&quot;: &quot;LANGUAGE:FIELD&quot; (such as &quot;es:description&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column “{column}”: a “tag” column needs the tag it stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column “{column}”: a “language” column needs the language it stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column “{column}”: group must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: new_tags must be “create” or “skip”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: help_row must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not laid out as a Resource Desk mapping ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved mapping “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (rows {rows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({count} times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 already in the catalogue unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} already in the catalogue unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 merged with another row about the same resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} merged with another row about the same resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} duplicates skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, after row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this file could not be imported ({reason}); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces after separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ending} line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows above the header were not imported (“{text}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header “{header}” appears more than once; the second is called “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help text under the header, not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cells for {columns} columns (a quote inside a cell?); the extra cells were added to “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cells for {columns} columns; the missing cells were read as empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import of {file} ({id}) was already undone on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import {id} was already undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(confidential address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 source category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} source categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 saved-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} saved-list entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone and web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same web site and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone, web site and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close name ({score}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{same}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different organizations: {a} / {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}”: moved {moved}; filled in {filled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}”: moved {moved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}”: filled in {filled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a close name ({score}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phones} (+{count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phones {phones} and {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone {phones} and {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same web site {site} and {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name at the same confidential address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same confidential address and {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name at the same address ({address})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address ({address}) and {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ext. {extension}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: give the merge&apos;s id or at least its first {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: give the resource&apos;s id or at least its first {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no merge with id “{id}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource with id “{id}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is the start of more than one merge&apos;s id; give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is the start of more than one resource&apos;s id; give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource is always the same as itself; choose two different resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no merge with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge of “{name}” was undone already ({at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource “{name}” was merged into has since been merged into “{other}”; undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource “{name}” was merged into has been deleted since, so the merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource with the id of “{name}” is in the catalogue again, so the merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge was recorded by another version of Resource Desk and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an old Excel .xls file; save it as .xlsx or CSV first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable .xlsx workbook ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has no sheet “{sheet}” (it has: {sheets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the sheet “{sheet}” is read; also in the workbook: {others}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has more than {count} rows, the most one import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the {most} cells a row may have; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: row {row} of the sheet cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (its first sheet has no cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup {name} of {catalogue}: `resource-desk backups` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged too ({findings}); choose another backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be put into {catalogue} ({reason}); the catalogue as it was is kept as {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {what} “{value}”; use one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot be both added and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language cannot be both added and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {changed} of {asked} resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {changed} of {asked} resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: say what to add, remove or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open catalogue {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only: a new catalogue cannot be made in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by an older Resource Desk and must be upgraded before it opens, but it is read-only: make the file and its folder writable and open it again (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Resource Desk catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer Resource Desk (schema {schema}); please update the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a country code; use two letters such as US, CA or MX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue {path} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Desk will not write to it, so nothing more is lost. To get out, restore a backup: File ▸ Restore from backup…, or `resource-desk backups` and `resource-desk restore BACKUP`. Without a backup, export what can still be read and import it into a new catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only: it is open for reading, and nothing can be changed in it. To make changes, make the file and its folder writable (or copy it to a folder of yours) and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is read-only: it is open for reading, and nothing can be changed in it. To make changes, make the file and its folder writable (or copy it to a folder of yours) and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was changed or half-written. Free some space on it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed or half-written. Free some space on it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} can no longer be reached (was it on a disk that was removed or a share that went away?): nothing was half-written. Put the disk back, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can no longer be reached (was it on a disk that was removed or a share that went away?): nothing was half-written. Put the disk back, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a read-only disk: nothing was written. Choose a folder on another disk, or make this one writable, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written or read: permission denied. Choose a folder of yours, or change the file&apos;s permissions, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list name can be at most {count} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved list “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a list called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client code is a code of your own, such as C-0423: up to {most} characters, at least one digit, at most {letters} letters, no spaces — never a client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {count} characters long (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a character other than letters, digits, “-”, “_” or “.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {count} letters (at most {most}, so a name cannot pass as a code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is refused: {reason}. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is not kept in the history: the catalogue is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is not kept in the history: the catalogue is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown output “{output}”; use one of: {outputs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review resources not verified in at least 1 month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown review outcome “{outcome}”; use one of: {outcomes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource is no longer in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That review step is no longer in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size “{paper}”; use one of: {papers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown crisis line position “{position}”; use one of: {positions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or initials: at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag “{name}” in identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag “{name}” in need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag “{name}” in {facet}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{source}” (identity) and “{target}” (need) are in different facets and cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{source}” (need) and “{target}” (identity) are in different facets and cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{source}” ({source_facet}) and “{target}” ({target_facet}) are in different facets and cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown facet “{facet}”; use one of: {facets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown facet “{facet}” in “{key}”; use one of: {facets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag “{key}” in this catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address (example.org or https://example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages run from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper age is below the lower one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{number}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of line: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {status} and cannot go on a referral sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These resources cannot go on a referral sheet: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked do not refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; use one of: {layouts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown crisis line position “{position}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one resource to the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read translation file {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation file {file} does not hold an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet translation for “{code}”; available: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation file {file} needs twelve month names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save {path}: folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue records more than one schema revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Resource Desk catalogue (not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another import is running in this catalogue; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was removed or moved while Resource Desk wrote to it (was it on a disk that was taken out?): what was just saved did not reach it. Put the disk back, then open the catalogue again and check the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check found: {finding}, and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check found: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another import is running in this catalogue ({path}); try again when it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another import has held this catalogue ({path}) for {count} hours; try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
