import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ErrorNotice } from "@/components/error-notice"

type QueryLikeType<T> = {
  data: T | undefined
  isPending: boolean
  isError: boolean
  error: Error | null
  isFetching: boolean
  refetch: () => unknown
}

type PageStateProps<T> = {
  query: QueryLikeType<T | null>
  loading: string
  error: string
  notFound: { title: string; body: string }
  children: (data: T) => ReactNode
}

/** A page's loading, failure and not-found states, the same on every page that loads one record. */
export function PageState<T>({ query, loading, error, notFound, children }: PageStateProps<T>) {
  const { t } = useTranslation()
  if (query.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {loading}
      </p>
    )
  }
  if (query.isError) {
    return (
      <ErrorNotice title={error} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />
    )
  }
  if (!query.data) {
    return (
      <div>
        <h1 className="text-2xl font-bold text-stone-950">{notFound.title}</h1>
        <p className="mt-2 text-stone-700">{notFound.body}</p>
        <Link to="/shop" className="mt-4 inline-block font-medium text-red-900 underline underline-offset-4">
          {t("product.backToShop")}
        </Link>
      </div>
    )
  }
  return <>{children(query.data)}</>
}
