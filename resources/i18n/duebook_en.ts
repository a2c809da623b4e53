<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers.py" line="151" />
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/ledger.py" line="389" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
</context>
</TS>