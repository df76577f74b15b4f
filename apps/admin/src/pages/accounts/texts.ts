// Texts of this area: German is the source; English must have the same keys.
export const accountsDe = {
  nav: "Konten und Rollen",
  title: "Konten und Rollen",
};

export const accountsEn: typeof accountsDe = {
  nav: "Accounts and roles",
  title: "Accounts and roles",
};
