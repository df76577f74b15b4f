import type { ReactNode } from "react";
import { Tab, TabList, TabPanel, Tabs as AriaTabs } from "react-aria-components";
import "./tabs.css";

/** One tab: its label and its panel. */
export interface TabItem {
  id: string;
  label: string;
  content: ReactNode;
}

/** Tabs with arrow-key navigation; the selected tab may be kept in the URL by the caller. */
export function Tabs({ label, items, selectedId, onSelectionChange }: { label: string; items: readonly TabItem[]; selectedId?: string; onSelectionChange?: (id: string) => void }) {
  return (
    <AriaTabs selectedKey={selectedId} onSelectionChange={onSelectionChange ? (key) => onSelectionChange(String(key)) : undefined}>
      <TabList aria-label={label} className="ui-tablist">
        {items.map((item) => <Tab key={item.id} id={item.id} className="ui-tab">{item.label}</Tab>)}
      </TabList>
      {items.map((item) => <TabPanel key={item.id} id={item.id}>{item.content}</TabPanel>)}
    </AriaTabs>
  );
}
