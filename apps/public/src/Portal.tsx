import { Layout } from "./components/Layout.js";
import { ChainPage } from "./pages/ChainPage.js";
import { HelpPage } from "./pages/HelpPage.js";
import { HomePage } from "./pages/HomePage.js";
import { LegalPage } from "./pages/legal/LegalPage.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { OfferPage } from "./pages/OfferPage.js";
import { SearchPage } from "./pages/SearchPage.js";
import { ShortlistPage } from "./pages/ShortlistPage.js";
import type { PageData } from "./server/load.js";

/** The page for its data; the same tree renders on the server and hydrates in the browser. */
export function Portal({ data, onSearch }: { data: PageData; onSearch?: (form: HTMLFormElement) => void }) {
  return (
    <Layout>
      {data.page === "home" && <HomePage options={data.options} />}
      {data.page === "search" && <SearchPage params={data.params} result={data.result} error={data.error} extras={data} onSearch={onSearch} />}
      {data.page === "offer" && <OfferPage offer={data.offer} />}
      {data.page === "chain" && <ChainPage phases={data.phases} transitions={data.transitions} counts={data.counts} />}
      {data.page === "help" && <HelpPage />}
      {data.page === "shortlist" && <ShortlistPage />}
      {data.page === "legal" && <LegalPage legal={data.legal} />}
      {data.page === "notFound" && <NotFoundPage />}
    </Layout>
  );
}
