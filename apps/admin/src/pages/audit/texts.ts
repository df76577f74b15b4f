// Texts of this area: German is the source; English must have the same keys.
export const auditDe = {
  nav: "Änderungsprotokoll",
  title: "Änderungsprotokoll",
};

export const auditEn: typeof auditDe = {
  nav: "Audit trail",
  title: "Audit trail",
};
