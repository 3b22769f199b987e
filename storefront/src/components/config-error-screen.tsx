import { useTranslation } from "react-i18next"

/** Shown instead of the shop when `/config.js` is missing or wrong: says what and how to fix it. */
export function ConfigErrorScreen({ problems }: { problems: readonly string[] }) {
  const { t } = useTranslation()
  return (
    <main className="mx-auto max-w-2xl px-4 py-12 text-stone-900">
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6">
        <h1 className="text-2xl font-bold text-red-950">{t("config.title")}</h1>
        <p className="mt-3">{t("config.body")}</p>
        <p className="mt-4 font-semibold">{t("config.problems")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6 font-mono text-sm">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    </main>
  )
}
