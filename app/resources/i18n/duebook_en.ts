<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/audit.py" line="231"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/audit.py" line="261"/>
        <source>The audit trail is intact: %Ln entry(s) checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %Ln entry checked.</numerusform>
            <numerusform>The audit trail is intact: %Ln entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/audit.py" line="284"/>
        <source>%Ln entry(s) exported to %1</source>
        <translation>
            <numerusform>%Ln entry exported to %1</numerusform>
            <numerusform>%Ln entries exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers.py" line="156"/>
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
        <location filename="../../app/ui/views/ledger.py" line="390"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="501"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="502"/>
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n due within 7 days</numerusform>
            <numerusform>%n due within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="503"/>
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>%n broken promise</numerusform>
            <numerusform>%n broken promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="504"/>
        <source>%n contract(s) ending</source>
        <translation>
            <numerusform>%n contract ending</numerusform>
            <numerusform>%n contracts ending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="505"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/print_preview.py" line="159"/>
        <source>%Ln page(s) · %1%</source>
        <translation>
            <numerusform>%Ln page · %1%</numerusform>
            <numerusform>%Ln pages · %1%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="155"/>
        <source>next %n day(s)</source>
        <translation>
            <numerusform>next %n day</numerusform>
            <numerusform>next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="215"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="219"/>
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>ends in %n day</numerusform>
            <numerusform>ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="223"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="224"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="272"/>
        <source>Nothing to act on in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing to act on in the next %n day.</numerusform>
            <numerusform>Nothing to act on in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementBatchDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/statement_batch.py" line="263"/>
        <source>%Ln statement(s) written to %1</source>
        <translation>
            <numerusform>%Ln statement written to %1</numerusform>
            <numerusform>%Ln statements written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BackupWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/backup.py" line="35"/>
        <source>Last backup: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Last backup: %1 (%n day ago)</numerusform>
            <numerusform>Last backup: %1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CommitPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="227"/>
        <source>%Ln letter(s) dated %1, total due %2.</source>
        <translation>
            <numerusform>%Ln letter dated %1, total due %2.</numerusform>
            <numerusform>%Ln letters dated %1, total due %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DunningTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/collections.py" line="97"/>
        <source>%Ln letter(s), total due %1</source>
        <translation>
            <numerusform>%Ln letter, total due %1</numerusform>
            <numerusform>%Ln letters, total due %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LettersPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="187"/>
        <source>%Ln letter(s) written; all of them for printing in %1</source>
        <translation>
            <numerusform>%Ln letter written; all of them for printing in %1</numerusform>
            <numerusform>%Ln letters written; all of them for printing in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
