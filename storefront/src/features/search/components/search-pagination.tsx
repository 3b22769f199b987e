import type { MouseEvent } from "react"
import { useTranslation } from "react-i18next"
import { usePagination } from "react-instantsearch"

const linkClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-stone-300 bg-white px-3 font-medium text-stone-900 hover:border-stone-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-[current=page]:border-red-800 aria-[current=page]:bg-red-800 aria-[current=page]:text-white"

type SearchPaginationProps = {
  /** Called after a page is chosen, so the results can take focus. */
  onPageChange: () => void
}

/** Real links (each page has its URL, so it can be opened in a new tab), driven in place. */
export function SearchPagination({ onPageChange }: SearchPaginationProps) {
  const { t } = useTranslation()
  const { pages, currentRefinement, nbPages, isFirstPage, isLastPage, refine, createURL } = usePagination({
    padding: 2,
  })
  if (nbPages <= 1) return null

  const go = (page: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    refine(page)
    onPageChange()
  }

  return (
    <nav aria-label={t("shop.pagination")} className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {!isFirstPage ? (
          <li>
            <a href={createURL(currentRefinement - 1)} onClick={go(currentRefinement - 1)} className={linkClass}>
              <span aria-hidden="true">←</span>
              <span className="sr-only">{t("shop.previousPage")}</span>
            </a>
          </li>
        ) : null}
        {pages.map((page) => (
          <li key={page}>
            <a
              href={createURL(page)}
              onClick={go(page)}
              aria-current={page === currentRefinement ? "page" : undefined}
              aria-label={t("shop.page", { page: page + 1 })}
              className={linkClass}
            >
              {page + 1}
            </a>
          </li>
        ))}
        {!isLastPage ? (
          <li>
            <a href={createURL(currentRefinement + 1)} onClick={go(currentRefinement + 1)} className={linkClass}>
              <span aria-hidden="true">→</span>
              <span className="sr-only">{t("shop.nextPage")}</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
