import { getTranslations } from "next-intl/server";
import { getLocale } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { listCitiesWithCounties } from "@/lib/data/geography/list-cities-with-counties";

export default async function HomePage() {
  const [t, tApp, locale, cities] = await Promise.all([
    getTranslations("home"),
    getTranslations("app"),
    getLocale(),
    listCitiesWithCounties(),
  ]);
  const countyTotal = cities.reduce((sum, city) => sum + city.counties.length, 0);
  const label = (item: { name: string; nameEn: string }) => (locale === "zh" ? item.name : item.nameEn);

  return (
    <div className="mx-auto max-w-5xl px-6 py-10">
      <header className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-brand-800">{tApp("name")}</h1>
          <p className="mt-1 text-slate-600">{tApp("tagline")}</p>
        </div>
        <LocaleSwitcher />
      </header>
      <main id="main" className="mt-8">
        <h2 className="text-lg font-medium">{t("coverageTitle")}</h2>
        {cities.length === 0 ? (
          <div className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6">
            <p className="font-medium">{t("emptyTitle")}</p>
            <p className="mt-1 text-sm text-slate-600">{t("emptyBody")}</p>
          </div>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">
              {t("coverageSummary", { cities: cities.length, counties: countyTotal })}
            </p>
            <div className="mt-4 grid gap-4 md:grid-cols-3">
              {cities.map((city) => (
                <section
                  key={city.id}
                  aria-labelledby={`city-${city.id}`}
                  className="rounded-lg border bg-white p-4"
                >
                  <h3 id={`city-${city.id}`} className="font-medium">
                    {label(city)}
                  </h3>
                  <p className="text-xs text-slate-500">
                    {t("countyCount", { count: city.counties.length })}
                  </p>
                  <ul
                    className="mt-2 flex flex-wrap gap-1.5"
                    aria-label={t("countiesOf", { city: label(city) })}
                  >
                    {city.counties.map((county) => (
                      <li key={county.id} className="rounded bg-slate-100 px-2 py-0.5 text-sm">
                        {label(county)}
                        {county.isFunctionalZone && (
                          <span className="sr-only">（{t("functionalZone")}）</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </>
        )}
      </main>
    </div>
  );
}
