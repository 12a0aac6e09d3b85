<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="39"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="56"/>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="57"/>
        <source>Diagram of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="67"/>
        <source>Rehearsal (simulated machines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="67"/>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="71"/>
        <location filename="../gui/dashboard/runreport.cpp" line="154"/>
        <source>Clusterwright run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="72"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="74"/>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="79"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="80"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="81"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="81"/>
        <source>%1 of %2 finished, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="85"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="86"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="94"/>
        <source>Per-node timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="94"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="94"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="95"/>
        <source>Steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="95"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="95"/>
        <source>Finished at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="107"/>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="113"/>
        <source>Failed steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="124"/>
        <source>Fault tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="124"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="125"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="125"/>
        <source>Node failures survived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="126"/>
        <source>Host failures survived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="127"/>
        <source>Single points of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="131"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runreport.cpp" line="161"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::Actions</name>
    <message>
        <location filename="../gui/canvas/makeaction.cpp" line="18"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::AddressMap</name>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="37"/>
        <source>the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="39"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="41"/>
        <source>VIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="43"/>
        <source>pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="45"/>
        <source>NFS server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="47"/>
        <source>host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="62"/>
        <source>… and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="69"/>
        <source>lies outside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="73"/>
        <source>uses the network address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="76"/>
        <source>uses the broadcast address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="89"/>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="90"/>
        <source>clashes with %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="118"/>
        <source>gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="205"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="207"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="209"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="211"/>
        <source>LoadBalancer pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="213"/>
        <source>NFS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmapmodel.cpp" line="215"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::AddressMapPanel</name>
    <message>
        <location filename="../gui/addressmap/addressmappanel.cpp" line="29"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmappanel.cpp" line="31"/>
        <source>! problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressmappanel.cpp" line="31"/>
        <source>×n marks close together (hover for the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::AddressStrips</name>
    <message>
        <location filename="../gui/addressmap/addressstrips.cpp" line="28"/>
        <source>Address map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressstrips.cpp" line="71"/>
        <source>%1 · not a valid CIDR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/addressmap/addressstrips.cpp" line="75"/>
        <source>%1 · %2 – %3 · %4 addresses · %n marked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/addressmap/addressstrips.cpp" line="79"/>
        <source> · ! %n with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressstrips.cpp" line="137"/>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressstrips.cpp" line="209"/>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressstrips.cpp" line="211"/>
        <source>    ! %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/addressmap/addressstripspaint.cpp" line="24"/>
        <source>No networks in the design.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::ArtifactViewer</name>
    <message>
        <location filename="../gui/deploy/artifactviewer.cpp" line="120"/>
        <source>Review Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::Autosave</name>
    <message>
        <location filename="../gui/app/autosave.cpp" line="108"/>
        <source>Not backed up: another Clusterwright window is editing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/autosave.cpp" line="116"/>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::CanvasActions</name>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="35"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="36"/>
        <source>Remove the selection and put it on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="37"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="38"/>
        <source>Put the selection on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="39"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="40"/>
        <source>Add the clipboard&apos;s objects with free names and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="42"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="43"/>
        <source>Copy the selection in place: cp-1 becomes the next free cp-N, with the next free addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="46"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="47"/>
        <source>Delete the selection; references to it are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="48"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="49"/>
        <source>Select every object on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="50"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="51"/>
        <source>Rename the selected object; references follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="52"/>
        <source>&amp;Arrange Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="53"/>
        <source>Put every node into its host&apos;s column (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="56"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="56"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="57"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="57"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="59"/>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="60"/>
        <source>Show the whole design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="61"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="61"/>
        <source>Zoom to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="109"/>
        <source>Attach to &amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="116"/>
        <source>Place on &amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/canvasactions.cpp" line="221"/>
        <source>Arrange Nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::DashboardWidget</name>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="55"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="57"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="58"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="59"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="60"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="61"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="76"/>
        <source>Open Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="96"/>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="181"/>
        <source>No run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="101"/>
        <source>REHEARSAL · simulated machines, nothing is deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="112"/>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="114"/>
        <source>Stop the run; it stays resumable from its journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="115"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="117"/>
        <source>Continue this run from its journal: done steps are not repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="118"/>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="120"/>
        <source>Run the failed steps and what they blocked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="149"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="149"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="149"/>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="149"/>
        <source>Steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="149"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="182"/>
        <source>The step to compare across nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="189"/>
        <source>Compare step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="203"/>
        <source>The failed steps of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="224"/>
        <source>The verify step&apos;s output (kubectl get nodes) shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="225"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="226"/>
        <source>Save the run summary, per-node timings and fault tolerance as HTML or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="322"/>
        <source>Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="323"/>
        <source>Stop the run now? Running commands are stopped; the journal keeps what is done, so Resume continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="334"/>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="339"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="334"/>
        <source>HTML (*.html);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwidget.cpp" line="345"/>
        <source>the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="52"/>
        <source>… waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="54"/>
        <source>⇄ connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="56"/>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="200"/>
        <source>▶ running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="58"/>
        <source>◌ idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="60"/>
        <source>✔ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="62"/>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="206"/>
        <source>✖ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="64"/>
        <source>■ blocked by a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="65"/>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="204"/>
        <source>■ cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="183"/>
        <source>Rehearsal %1 (recorded, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="184"/>
        <source>Deploy %1 (recorded, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="187"/>
        <source>Rehearsal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="187"/>
        <source>Deploy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="195"/>
        <source>■ did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="197"/>
        <source>‖ waiting for you: retry or skip %1, or resume later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="202"/>
        <source>✔ succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="211"/>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="213"/>
        <source>%n not done (failed, blocked or cancelled)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="215"/>
        <source>elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="217"/>
        <source>estimating time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="218"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="227"/>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="230"/>
        <source>Phases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="260"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="315"/>
        <source>The run has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="321"/>
        <source>✔ The rehearsal went through. No cluster was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="322"/>
        <source>✔ The cluster is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="324"/>
        <source>Kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="325"/>
        <source>Try: kubectl --kubeconfig %1 get nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardrefresh.cpp" line="328"/>
        <source>The run did not complete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwiring.h" line="50"/>
        <source>Not retried: %1 is not waiting for a decision any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/dashboardwiring.h" line="58"/>
        <source>Not skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::DeployActions</name>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="26"/>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="27"/>
        <source>&amp;Rehearse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="28"/>
        <source>&amp;Cancel Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="32"/>
        <source>Deploy the design to its machines over SSH (plan shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="36"/>
        <source>Run the plan against simulated machines: realistic timings, nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="38"/>
        <source>Stop the running deploy; it can be resumed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="90"/>
        <location filename="../gui/deploy/deployactions.cpp" line="142"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="113"/>
        <source>The design cannot be deployed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="114"/>
        <source>Fix these first (the Problems panel shows where):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="122"/>
        <source>Save the design first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="123"/>
        <source>The deploy journal is kept beside the design file, so a run can be resumed. Save the design, then deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="143"/>
        <source>Nothing to resume: this design has no earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="147"/>
        <source>Resume?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="148"/>
        <source>An earlier run of this design exists. Resume it (finished steps are not redone)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="153"/>
        <location filename="../gui/deploy/deployactions.cpp" line="183"/>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="164"/>
        <source>Cancel deploy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deployactions.cpp" line="165"/>
        <source>Running commands are stopped now. The run can be resumed later; finished steps are not redone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::DeployController</name>
    <message>
        <location filename="../gui/deploy/deploycontroller.cpp" line="94"/>
        <source>Rehearsal — simulated machines, nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deploycontroller.cpp" line="116"/>
        <source>The design does not plan:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deploycontroller.cpp" line="129"/>
        <location filename="../gui/deploy/deploycontroller.cpp" line="141"/>
        <source>There is no run to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deploycontroller.cpp" line="221"/>
        <source>A deploy is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deploycontroller.cpp" line="232"/>
        <source>Nothing to resume: there is no journal in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/deploycontroller.cpp" line="348"/>
        <source>The run is over: Resume or Retry failed starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::DesignEditor</name>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="77"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="98"/>
        <source>There is no network &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="113"/>
        <source>%1 has no free address (check its CIDR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="119"/>
        <source>%1 is already attached to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="120"/>
        <source>These nodes are already attached to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="122"/>
        <source>Attach %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/edit/designeditor.cpp" line="123"/>
        <source>Attach %n nodes to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="136"/>
        <source>Place %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/edit/designeditor.cpp" line="137"/>
        <source>Place %n nodes on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="160"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/edit/designeditor.cpp" line="161"/>
        <source>Move %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/edit/designeditor.cpp" line="180"/>
        <source>Delete %n objects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="184"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="223"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="232"/>
        <source>Paste %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/edit/designeditor.cpp" line="241"/>
        <source>Duplicate %n objects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="243"/>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/designeditor.cpp" line="262"/>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::DesignStyle</name>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="37"/>
        <source>control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="39"/>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="41"/>
        <source>etcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="43"/>
        <source>bastion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="45"/>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="106"/>
        <source>Control-plane node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="108"/>
        <source>Worker node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="110"/>
        <source>etcd node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="112"/>
        <source>Bastion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="114"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="116"/>
        <source>API VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="118"/>
        <source>LoadBalancer pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="120"/>
        <source>NFS storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="122"/>
        <source>Ceph storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="124"/>
        <source>Physical host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="133"/>
        <source>CP</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="135"/>
        <source>WK</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="137"/>
        <source>ETCD</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="139"/>
        <source>SSH</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="141"/>
        <source>NET</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="143"/>
        <source>API</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="145"/>
        <source>LB</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="147"/>
        <source>NFS</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="149"/>
        <source>CEPH</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/designstyle.cpp" line="151"/>
        <source>HOST</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::DesignView</name>
    <message>
        <location filename="../gui/canvas/designview.cpp" line="38"/>
        <source>Design canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::DocumentFiles</name>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="54"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="54"/>
        <source>Start an empty design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="55"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="55"/>
        <source>Open a cluster design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="56"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="56"/>
        <source>Save the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="58"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="59"/>
        <source>Save the design under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="60"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="61"/>
        <source>Reload the saved file, throwing away unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="63"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="64"/>
        <source>Quit Clusterwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="118"/>
        <source>new-cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="173"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="175"/>
        <source>Opened %1 with warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="195"/>
        <source>an untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="197"/>
        <source>Recovered unsaved changes to %1; save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="237"/>
        <source>Cannot Save Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="238"/>
        <source>%1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="251"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="269"/>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="320"/>
        <source>One design per window: opening %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="360"/>
        <source>Cannot Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/documentfiles.cpp" line="361"/>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::ExportActions</name>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="54"/>
        <source>As &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="56"/>
        <source>Export the review page (diagram, networks, fault tolerance) as a scalable SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="58"/>
        <source>As P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="59"/>
        <source>Export the review page as a PNG image at twice the screen resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="60"/>
        <source>As &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="61"/>
        <source>Export the review page as a one-page landscape PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="62"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="63"/>
        <source>Print the review page, fitted to one landscape page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="64"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="66"/>
        <source>Show the review page as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="108"/>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="116"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="116"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="117"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="118"/>
        <source>Export Review Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="143"/>
        <source> (large design: scale %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="155"/>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="158"/>
        <source>Exported %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="176"/>
        <source>Print Review Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="181"/>
        <source>Sent the review page to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="183"/>
        <location filename="../gui/export/exportactions.cpp" line="196"/>
        <source>Cannot Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportactions.cpp" line="192"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::FailurePanel</name>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="57"/>
        <location filename="../gui/dashboard/failurepanel.cpp" line="150"/>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="58"/>
        <source>Resume later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="59"/>
        <source>Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="60"/>
        <source>Skip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="74"/>
        <source>Copy a command line that opens a terminal on this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="99"/>
        <source>the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="101"/>
        <source>✖ Failed: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="103"/>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="105"/>
        <source>What failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="107"/>
        <source>Exit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="109"/>
        <source>Killed by signal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="111"/>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="114"/>
        <source>Terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="116"/>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="150"/>
        <source>Retry step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="152"/>
        <source>Run this step again on its node now; the steps waiting for it go on when it succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="154"/>
        <source>Run again from the journal: done steps are skipped, the failed ones and what they blocked run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="157"/>
        <source>End the run now: what waits for this step is not run. Resume continues it, also after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="161"/>
        <source>Not offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="163"/>
        <source>Only while the run waits for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/failurepanel.cpp" line="165"/>
        <source>Go on without this step: it only checks, it changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::FailureSimulation</name>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="54"/>
        <source>Simulate &amp;Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="55"/>
        <source>C&amp;lear Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="60"/>
        <source>Pretend the selected nodes or hosts have failed and see what breaks; the design is not changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="65"/>
        <source>Bring every simulated failure back up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="146"/>
        <location filename="../gui/faults/failuresimulation.cpp" line="161"/>
        <source>failed (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="172"/>
        <source>down (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="173"/>
        <source>down with its host %1 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="186"/>
        <source>service lost (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/failuresimulation.cpp" line="187"/>
        <source>%1 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::FaultsWidget</name>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="30"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="32"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="75"/>
        <location filename="../gui/faults/faultswidget.cpp" line="79"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="75"/>
        <source>Node failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="75"/>
        <source>Host failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="75"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="77"/>
        <source>Host / node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="77"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="79"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="79"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="88"/>
        <source>How many node or physical host failures each component survives, worst case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="90"/>
        <source>Tick hosts or nodes to pretend they failed; the design is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="101"/>
        <source>&amp;Fault tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="102"/>
        <source>&amp;Simulate failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="103"/>
        <source>&amp;What breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="141"/>
        <source>etcd: no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="142"/>
        <source>etcd: %1 members, quorum %2, tolerates %3 member failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="158"/>
        <source>single point of failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="189"/>
        <source>physical host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="251"/>
        <source>Nothing is failed. Tick hosts or nodes above, or select them on the canvas and use Simulate Failure (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="259"/>
        <source>Working out what breaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="269"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="271"/>
        <source>Broken already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="271"/>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="281"/>
        <source>Down: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="282"/>
        <source>no nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="285"/>
        <source>Nothing breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="286"/>
        <source>Breaks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/faults/faultswidget.cpp" line="288"/>
        <source>Unknown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::FieldChecks</name>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="20"/>
        <source>An address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="37"/>
        <source>%1 is not in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="45"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="53"/>
        <source>A CIDR such as 192.168.1.0/24 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="59"/>
        <source>%1 has host bits set; the network is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="68"/>
        <source>At least one CIDR is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="70"/>
        <source>At most two CIDRs (one IPv4, one IPv6) are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="77"/>
        <source>Dual-stack needs one IPv4 and one IPv6 CIDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="84"/>
        <source>A range such as 192.168.1.200-192.168.1.250 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="95"/>
        <source>Use a version such as v1.30.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="104"/>
        <source>Use a DNS domain such as cluster.local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/fieldchecks.cpp" line="112"/>
        <source>There is no node named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::FilePrompts</name>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="15"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="16"/>
        <source>The design has been modified. Do you want to save your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="25"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="26"/>
        <source>Revert to the saved version of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="28"/>
        <source>All changes since the last save are lost, and the undo history is cleared: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="30"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="41"/>
        <source>Recover Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="43"/>
        <source>An untitled design was not saved when Clusterwright last closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="44"/>
        <source>%1 has changes that were not saved when Clusterwright last closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="46"/>
        <source>An automatic backup from %1 can be recovered. The recovered design opens as modified; the file itself is not touched until you save. Discard deletes the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="50"/>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="51"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="63"/>
        <source>Open Cluster Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="64"/>
        <source>Cluster designs (*.cw.yaml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="69"/>
        <source>Save Cluster Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/fileprompts.cpp" line="70"/>
        <source>Cluster designs (*.cw.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::GanttChart</name>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="137"/>
        <source>Step durations per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="151"/>
        <source>seconds since start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::HostFrameItem</name>
    <message>
        <location filename="../gui/canvas/hostframeitem.cpp" line="56"/>
        <source>empty: drop nodes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/hostframeitem.cpp" line="57"/>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/canvas/hostframeitem.cpp" line="58"/>
        <source>%n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clusterwright::HostKeyDialog</name>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="22"/>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="27"/>
        <source>The jump host %1 is not known yet. Compare its fingerprint with the one the machine shows (ssh-keygen -lf on its host key) before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="30"/>
        <source>The machine %1 is not known yet. Compare its fingerprint with the one the machine shows (ssh-keygen -lf on its host key) before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="38"/>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="39"/>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="44"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="46"/>
        <source>Saved to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="63"/>
        <source>Accept and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="65"/>
        <source>Accept Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="67"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="89"/>
        <source>Known fingerprint: %1
New fingerprint: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="91"/>
        <source>Host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="92"/>
        <source>%1 now presents a different host key.

%2

If the machine was re-created, replace the key and resume. Otherwise someone may be intercepting the connection: do not continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/hostkeydialog.cpp" line="97"/>
        <source>This machine was re-created: replace the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::InterfaceList</name>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="26"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="38"/>
        <source>Network to attach to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="40"/>
        <source>Attach the node to this network with its next free address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="101"/>
        <source>Address on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="102"/>
        <source>The node&apos;s address on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="109"/>
        <source>Detach from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="111"/>
        <source>Remove the node&apos;s interface on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="144"/>
        <source>Change address of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/interfacelist.cpp" line="157"/>
        <source>Detach %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::LogView</name>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="40"/>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="42"/>
        <source>Show the lines of one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="43"/>
        <source>Show the lines of one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="56"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="56"/>
        <source>Errors (stderr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="56"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="56"/>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="66"/>
        <source>Find in log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="69"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="70"/>
        <source>Save the lines shown to a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="78"/>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="87"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="112"/>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="114"/>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="116"/>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="210"/>
        <location filename="../gui/dashboard/logview.cpp" line="216"/>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="211"/>
        <source>Text files (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/logview.cpp" line="216"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::MainWindow</name>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="77"/>
        <location filename="../gui/app/mainwindow.cpp" line="78"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="110"/>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="114"/>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="117"/>
        <source>Move the keyboard focus to the %1 panel (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="131"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="153"/>
        <source>&amp;Export Review Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="165"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="167"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="170"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="184"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="195"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="199"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="200"/>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="203"/>
        <source>Go to Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="206"/>
        <source>Move the keyboard focus to the canvas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="216"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="231"/>
        <source>Click on the canvas to place it; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="240"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="255"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="308"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="319"/>
        <source>Fault Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="336"/>
        <source>Address Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="357"/>
        <source>Deploy Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="380"/>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="385"/>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="397"/>
        <location filename="../gui/app/mainwindow.cpp" line="453"/>
        <source>Deploy Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="398"/>
        <source>A deploy of this design is running. Cancel it first (Deploy &gt; Cancel Deploy) or let it finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="422"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="425"/>
        <source>%1[*] — Clusterwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="427"/>
        <source>%1 (%2)[*] — Clusterwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="433"/>
        <source>Nodes: %1 · Networks: %2 · VIPs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="454"/>
        <source>A deploy is running. Stop it and quit? Running commands are stopped; the run can be resumed later from the dashboard&apos;s History.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::NetworkItem</name>
    <message>
        <location filename="../gui/canvas/networkitem.cpp" line="34"/>
        <source>no CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/networkitem.cpp" line="35"/>
        <source>VLAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/networkitem.cpp" line="35"/>
        <source>untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/networkitem.cpp" line="37"/>
        <source>gw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/networkitem.cpp" line="39"/>
        <source>MTU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/networkitem.cpp" line="45"/>
        <location filename="../gui/canvas/networkitem.cpp" line="125"/>
        <source>NET</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::NodeItem</name>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="51"/>
        <source>… waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="53"/>
        <source>⇄ connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="55"/>
        <source>▶ running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="57"/>
        <source>✔ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="59"/>
        <source>✖ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="60"/>
        <source>✖ failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="62"/>
        <source>■ cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="70"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="71"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="110"/>
        <source>%1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="114"/>
        <source>size not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="120"/>
        <location filename="../gui/canvas/nodeitem.cpp" line="183"/>
        <location filename="../gui/canvas/nodeitem.cpp" line="188"/>
        <location filename="../gui/canvas/nodeitem.cpp" line="189"/>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/nodeitem.cpp" line="122"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::PaletteWidget</name>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="20"/>
        <source>A Kubernetes control-plane node (cp-N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="22"/>
        <source>A worker node (wk-N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="24"/>
        <source>A dedicated etcd node (etcd-N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="26"/>
        <source>The SSH jump host the other nodes are reached through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="28"/>
        <source>A network with a free /24; drop nodes on its bus to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="31"/>
        <source>The virtual address of the Kubernetes API. Drop it on a bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="33"/>
        <source>Addresses for Services of type LoadBalancer. Drop it on a bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="35"/>
        <source>An NFS share. Drop it on a bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="37"/>
        <source>A Ceph pool over the nodes with the storage role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="39"/>
        <source>A physical machine: a failure domain. Drag nodes into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="50"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/palette/palettewidget.cpp" line="60"/>
        <source>Drag onto the canvas, or click here and then on the canvas; Enter places it in the middle of the view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::PlanPreviewDialog</name>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="32"/>
        <source>Rehearse Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="32"/>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="39"/>
        <source>&lt;b&gt;Rehearsal&lt;/b&gt; — the plan runs against simulated machines with realistic timings. Nothing is contacted and nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="41"/>
        <source>&lt;b&gt;Deploy&lt;/b&gt; — this connects to the machines below and changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="50"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="51"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="52"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="54"/>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="57"/>
        <source>The files could not be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="60"/>
        <source>Start Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="60"/>
        <source>Start Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="79"/>
        <source>%n node(s), %1 steps in %2 phases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="87"/>
        <source>Phase / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="87"/>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="180"/>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="208"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="87"/>
        <source>Changes the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="90"/>
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="93"/>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="94"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="99"/>
        <source>Not done by this plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="112"/>
        <source>Node / file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="112"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="121"/>
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="125"/>
        <source>Review Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="152"/>
        <source>Steps at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="155"/>
        <source>from ~/.ssh/config, else your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="156"/>
        <source>Default SSH user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="159"/>
        <source>from ~/.ssh/config, the agent or the default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="160"/>
        <source>Default SSH key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="161"/>
        <source>Trust unknown host keys without asking (first contact only; a changed key is never accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="168"/>
        <source>Secrets you type during a deploy (passphrases, passwords, sudo passwords) are kept in memory for this run only; storing them in the system keychain is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="180"/>
        <source>Designed SSH address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="180"/>
        <source>Reach it from here at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="192"/>
        <source>Address overrides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="204"/>
        <source>× realistic speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="205"/>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="208"/>
        <source>Fails preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="208"/>
        <source>Slow join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="209"/>
        <source>A failed preflight fails once: Retry step in the dashboard then passes, as after fixing the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/planpreviewdialog.cpp" line="222"/>
        <source>Injected failures:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::ProblemsModel</name>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="116"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="118"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="120"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="122"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="124"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="133"/>
        <source>Suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="135"/>
        <source>No automatic fix for this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="136"/>
        <source>Double-click or use Apply Fix to apply it (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="144"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="146"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemsmodel.cpp" line="148"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::ProblemsWidget</name>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="60"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="73"/>
        <source>&amp;Show on Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="75"/>
        <source>Select and centre the objects of the problem (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="78"/>
        <source>Apply &amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="82"/>
        <source>Apply the suggested fix of the selected problem, undoably (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="155"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/problems/problemswidget.cpp" line="155"/>
        <source>%n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="157"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/problems/problemswidget.cpp" line="157"/>
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="159"/>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/problems/problemswidget.cpp" line="159"/>
        <source>%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="161"/>
        <source>Problems (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="162"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="170"/>
        <source>1 Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/problems/problemswidget.cpp" line="171"/>
        <source>%n Errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="172"/>
        <source>1 Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/problems/problemswidget.cpp" line="173"/>
        <source>%n Warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="174"/>
        <source>1 Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/problems/problemswidget.cpp" line="174"/>
        <source>%n Notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="175"/>
        <source>Show or hide the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="176"/>
        <source>Show or hide the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="177"/>
        <source>Show or hide the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="207"/>
        <source>%1 has no automatic fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="212"/>
        <source>The problems are being updated; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="221"/>
        <source>The fix for %1 could not be applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="222"/>
        <source>it adds or removes objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems/problemswidget.cpp" line="225"/>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::ProgressChart</name>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="93"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="95"/>
        <source>Steps finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="97"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="98"/>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::PropertyEditor</name>
    <message>
        <location filename="../gui/properties/propertyeditor.cpp" line="25"/>
        <source>Physical host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyeditor.cpp" line="27"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyeditor.cpp" line="29"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyeditor.cpp" line="31"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyeditor.cpp" line="33"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/properties/propertyeditor.cpp" line="132"/>
        <source>%n objects selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyeditor.cpp" line="133"/>
        <source>Select one object to edit its properties. Delete, Duplicate and the clipboard work on all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyeditor.cpp" line="139"/>
        <source>Cluster settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyeditor.cpp" line="145"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::PropertyForm</name>
    <message>
        <location filename="../gui/properties/propertyform.cpp" line="157"/>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyform.cpp" line="159"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyform.cpp" line="169"/>
        <location filename="../gui/properties/propertyform.cpp" line="250"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::PropertyForms</name>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="86"/>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="88"/>
        <location filename="../gui/properties/propertyforms.cpp" line="147"/>
        <location filename="../gui/properties/propertyforms.cpp" line="162"/>
        <location filename="../gui/properties/propertyforms.cpp" line="197"/>
        <location filename="../gui/properties/propertyforms.cpp" line="263"/>
        <location filename="../gui/properties/propertyforms.cpp" line="301"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="88"/>
        <source>The cluster&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="92"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="92"/>
        <source>What this design is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="95"/>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="97"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="98"/>
        <source>Kubernetes version, such as v1.30.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="103"/>
        <source>Pod CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="104"/>
        <source>Addresses for pods; two (IPv4 and IPv6) for dual-stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="109"/>
        <source>Service CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="110"/>
        <source>Addresses for Services; two (IPv4 and IPv6) for dual-stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="117"/>
        <source>DNS domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="117"/>
        <source>The cluster&apos;s DNS domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="122"/>
        <source>CNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="122"/>
        <source>The network plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="126"/>
        <source>kube-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="126"/>
        <source>How Services are implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="132"/>
        <source>etcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="132"/>
        <source>etcd on the control planes or on its own nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="136"/>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="137"/>
        <source>A VIP&apos;s name, or host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="148"/>
        <source>The machine&apos;s name; nodes refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="151"/>
        <location filename="../gui/properties/propertyforms.cpp" line="234"/>
        <location filename="../gui/properties/propertyforms.cpp" line="277"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="151"/>
        <source>The machine&apos;s management address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="163"/>
        <source>Interfaces, VIPs and storage refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="166"/>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="166"/>
        <source>The subnet, such as 192.168.1.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="171"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="171"/>
        <source>The default gateway on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="178"/>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="178"/>
        <source>802.1Q VLAN id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="179"/>
        <source>untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="182"/>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="182"/>
        <source>Maximum transmission unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="183"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="186"/>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="186"/>
        <source>Name servers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="198"/>
        <source>The hostname; storage pools and SSH jumps follow a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="204"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="204"/>
        <source>What the node does in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="219"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="219"/>
        <source>The physical machine it runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="223"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="223"/>
        <source>Number of CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="223"/>
        <location filename="../gui/properties/propertyforms.cpp" line="228"/>
        <location filename="../gui/properties/propertyforms.cpp" line="333"/>
        <location filename="../gui/properties/propertyforms.cpp" line="337"/>
        <location filename="../gui/properties/propertyforms.cpp" line="351"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="227"/>
        <source>Memory (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="227"/>
        <source>Memory in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="231"/>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="232"/>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="234"/>
        <source>Empty: the first interface&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="239"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="239"/>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="240"/>
        <source>22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="243"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="243"/>
        <source>The login user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="247"/>
        <source>Identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="248"/>
        <source>The private key to log in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="252"/>
        <source>Jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="253"/>
        <source>The bastion node to connect through, or [user@]host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="264"/>
        <source>The cluster endpoint may refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="267"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="267"/>
        <source>API endpoint or LoadBalancer pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="273"/>
        <location filename="../gui/properties/propertyforms.cpp" line="310"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="273"/>
        <source>The network the addresses are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="277"/>
        <source>The API endpoint&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="284"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="284"/>
        <source>A LoadBalancer pool: a-b or a CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="289"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="289"/>
        <source>What holds the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="301"/>
        <source>The storage class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="304"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="304"/>
        <source>NFS share, Ceph or Longhorn pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="310"/>
        <source>NFS: the network the server is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="314"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="314"/>
        <source>NFS: the server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="321"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="321"/>
        <source>NFS: the exported path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="325"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="325"/>
        <source>Ceph and Longhorn: the nodes holding data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="332"/>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="332"/>
        <source>Copies of each object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="336"/>
        <source>EC data chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="337"/>
        <source>Erasure coding: data chunks (not set: replication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="350"/>
        <source>EC coding chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/properties/propertyforms.cpp" line="351"/>
        <source>Erasure coding: coding chunks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::RecentFiles</name>
    <message>
        <location filename="../gui/app/recentfiles.cpp" line="27"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/recentfiles.cpp" line="31"/>
        <source>Open a design you worked on lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/recentfiles.cpp" line="84"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/recentfiles.cpp" line="86"/>
        <source>&amp;%1 %2 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/recentfiles.cpp" line="96"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/recentfiles.cpp" line="98"/>
        <source>Forget the recently opened designs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::References</name>
    <message>
        <location filename="../gui/edit/references.cpp" line="110"/>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/references.cpp" line="112"/>
        <source>A name has at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/references.cpp" line="115"/>
        <source>Use lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/edit/references.cpp" line="120"/>
        <source>Another object already has the name &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::ReviewExport</name>
    <message>
        <location filename="../gui/export/reviewexport.cpp" line="58"/>
        <location filename="../gui/export/reviewexport.cpp" line="73"/>
        <location filename="../gui/export/reviewexport.cpp" line="113"/>
        <location filename="../gui/export/reviewexport.cpp" line="117"/>
        <location filename="../gui/export/reviewexport.cpp" line="127"/>
        <location filename="../gui/export/reviewexport.cpp" line="145"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewexport.cpp" line="69"/>
        <source>Cannot write %1: the SVG generator did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewexport.cpp" line="88"/>
        <source>Cannot write %1: at scale %2 the image would exceed %3 megapixels; use a scale of at most %4, or SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewexport.cpp" line="97"/>
        <source>Cannot write %1: not enough memory for the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewexport.cpp" line="115"/>
        <source>Cannot write %1: PNG encoding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewexport.cpp" line="139"/>
        <source>Cannot write %1: the PDF writer did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewexport.cpp" line="155"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewexport.cpp" line="158"/>
        <source>Printing failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::ReviewPage</name>
    <message>
        <location filename="../gui/export/reviewpage.cpp" line="91"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpage.cpp" line="99"/>
        <source>Fault tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpage.cpp" line="106"/>
        <source>Validation findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="40"/>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="41"/>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="44"/>
        <source>(no version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="46"/>
        <source>%1 — design review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="47"/>
        <source>Design review of %1 (%2), Kubernetes %3, exported %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="50"/>
        <source>Design file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="51"/>
        <source>Kubernetes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="52"/>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="52"/>
        <source>%n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="53"/>
        <source>1 network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="54"/>
        <source>%n networks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="55"/>
        <source>1 physical host</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="56"/>
        <source>%n physical hosts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="57"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="62"/>
        <source>This design has no objects yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="63"/>
        <source>Exported by Clusterwright %1 on %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="66"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="66"/>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="66"/>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="66"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="67"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="67"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="87"/>
        <source>%1 (API VIP) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="88"/>
        <source>%1 (LoadBalancer) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="94"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="97"/>
        <location filename="../gui/export/reviewpagetext.cpp" line="98"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="106"/>
        <source>etcd: %1, quorum %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="107"/>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="107"/>
        <source>%n members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="109"/>
        <source>no member may fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="110"/>
        <source>survives 1 failed member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="111"/>
        <source>survives %n failed members.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="113"/>
        <source>etcd: no etcd members in this design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="115"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="115"/>
        <source>Node failures survived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="116"/>
        <source>Host failures survived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="116"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="129"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="132"/>
        <source>No single point of failure: no one node or host breaks anything on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="134"/>
        <source>Single points of failure — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="139"/>
        <source>1 info finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="139"/>
        <source>%n info findings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="140"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="140"/>
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/export/reviewpagetext.cpp" line="141"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/reviewpagetext.cpp" line="141"/>
        <source>%n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clusterwright::RunHistoryWidget</name>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="85"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="85"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="85"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="85"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="89"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="90"/>
        <source>Show the selected run in the dashboard, as it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="91"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="119"/>
        <source>did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="123"/>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runhistory.cpp" line="123"/>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::RunLogModel</name>
    <message>
        <location filename="../gui/dashboard/runlogmodel.cpp" line="56"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runlogmodel.cpp" line="58"/>
        <source>err</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runlogmodel.cpp" line="60"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runlogmodel.cpp" line="62"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runlogmodel.cpp" line="69"/>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::RunModel</name>
    <message>
        <location filename="../gui/dashboard/runmodel.cpp" line="208"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runmodel.cpp" line="233"/>
        <source>Waiting for you: retry or skip %1, or resume later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runjournal.cpp" line="105"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runjournal.cpp" line="142"/>
        <source>%1 is not a Clusterwright journal (no run-started record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::SecretDialog</name>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="24"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="26"/>
        <source>Passphrase for the key %1 (to reach %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="29"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="30"/>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="33"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="34"/>
        <source>%1 asks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="37"/>
        <source>sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="38"/>
        <source>sudo password on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="42"/>
        <source>That was not accepted. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/deploy/secretdialog.cpp" line="50"/>
        <source>Kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::StepComparisonChart</name>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="254"/>
        <source>duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="258"/>
        <source>Same step across nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="263"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="277"/>
        <source>&quot;%1&quot; across nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::StorageItem</name>
    <message>
        <location filename="../gui/canvas/storageitem.cpp" line="45"/>
        <location filename="../gui/canvas/storageitem.cpp" line="135"/>
        <source>LH</source>
        <comment>chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/storageitem.cpp" line="52"/>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/storageitem.cpp" line="54"/>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/canvas/storageitem.cpp" line="54"/>
        <source>%n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/canvas/storageitem.cpp" line="56"/>
        <source> · EC %1+%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/storageitem.cpp" line="60"/>
        <source> · %1 replicas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::TopologyTreeModel</name>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="56"/>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="66"/>
        <source>%1 GiB RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="67"/>
        <source>%1 MiB RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="72"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="79"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="84"/>
        <source>%1 (VIP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="92"/>
        <source>Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="93"/>
        <source>Pod CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="95"/>
        <source>Service CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="97"/>
        <source>DNS domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="98"/>
        <source>CNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="99"/>
        <source>kube-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="100"/>
        <source>etcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="101"/>
        <location filename="../gui/tree/topologytreemodel.cpp" line="200"/>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="126"/>
        <source>Not on a listed host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="129"/>
        <source>unknown host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="141"/>
        <source>VLAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="142"/>
        <source>no gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="143"/>
        <source>gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="144"/>
        <source>MTU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="147"/>
        <source>DNS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="169"/>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="171"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="182"/>
        <location filename="../gui/tree/topologytreemodel.cpp" line="206"/>
        <location filename="../gui/tree/topologytreemodel.cpp" line="221"/>
        <location filename="../gui/tree/topologytreemodel.cpp" line="223"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="183"/>
        <source>%1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="190"/>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="201"/>
        <source>LoadBalancer pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="225"/>
        <source>erasure coded %1+%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="230"/>
        <source>%1 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="276"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="277"/>
        <source>Physical hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="278"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="279"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="280"/>
        <source>VIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="281"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="350"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/tree/topologytreemodel.cpp" line="352"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::ValidatedField</name>
    <message>
        <location filename="../gui/properties/validatedfield.cpp" line="59"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::VipItem</name>
    <message>
        <location filename="../gui/canvas/vipitem.cpp" line="60"/>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/canvas/vipitem.cpp" line="65"/>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clusterwright::WindowLayout</name>
    <message>
        <location filename="../gui/app/windowlayout.cpp" line="24"/>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/windowlayout.cpp" line="27"/>
        <source>Put the panels and toolbars back where they were at first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QChartView</name>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="78"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="81"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="83"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dashboard/runcharts.cpp" line="84"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
