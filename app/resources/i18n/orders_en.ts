<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>LedgerPage</name>
    <message numerus="yes">
      <source>%n open order(s): %1 · exposure with them %2</source>
      <translation><numerusform>%n open order: %1 · exposure with them %2</numerusform><numerusform>%n open orders: %1 · exposure with them %2</numerusform></translation>
    </message>
  </context>
</TS>
