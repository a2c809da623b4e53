<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers.py" line="156" />
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>LedgerPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/ledger.py" line="389" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>RemindersPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="178" />
        <source>next %n day(s)</source>
        <translation>
            <numerusform>next %n day</numerusform>
            <numerusform>next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="238" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="242" />
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>ends in %n day</numerusform>
            <numerusform>ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="246" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="247" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="295" />
        <source>Nothing to act on in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing to act on in the next %n day.</numerusform>
            <numerusform>Nothing to act on in the next %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>