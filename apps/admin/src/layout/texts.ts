// Headings of the sidebar's groups and the phone menu: German is the source; English must have the same keys.
export const navGroupsDe = {
  network: "Netzwerk",
  steering: "Steuerung",
  monitoring: "Monitoring",
  administration: "Verwaltung",
  menu: "Menü",
};

export const navGroupsEn: typeof navGroupsDe = {
  network: "Network",
  steering: "Steering",
  monitoring: "Monitoring",
  administration: "Administration",
  menu: "Menu",
};
