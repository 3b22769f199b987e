import { useEffect, useRef, useState } from "react"
import type { Router, StateMapping, UiState } from "instantsearch.js"
import { useLocation, useNavigate } from "react-router"
import {
  createSearchStateMapping,
  routeOfSearch,
  searchOfRoute,
  type PriceAttributeType,
  type SearchRouteStateType,
} from "@/features/search/utils/search-url"

/** Typing writes the URL once the shopper pauses, not at every key. */
const WRITE_DELAY_MS = 400

export type SearchRoutingType = {
  router: Router<SearchRouteStateType>
  stateMapping: StateMapping<UiState, SearchRouteStateType>
}

/**
 * InstantSearch's routing over react-router's history, so the search state is in the URL
 * (`/shop?q=silk&craft=hol-silk`), back and forward work, and a search started elsewhere (the
 * header's field) reaches the running search. InstantSearch's own history router would write
 * the URL behind react-router's back.
 */
export function useSearchRouting(pathname: string, priceAttribute: PriceAttributeType): SearchRoutingType {
  const navigate = useNavigate()
  const { search } = useLocation()
  const navigateRef = useRef(navigate)
  navigateRef.current = navigate
  const onUpdateRef = useRef<((route: SearchRouteStateType) => void) | null>(null)
  // The query string InstantSearch's state corresponds to; any other is news to it.
  const knownSearchRef = useRef(search)

  const [routing] = useState<SearchRoutingType>(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    return {
      router: {
        read: () => routeOfSearch(window.location.search),
        write: (route) => {
          clearTimeout(timer)
          const next = searchOfRoute(route)
          if (next === knownSearchRef.current) return
          knownSearchRef.current = next
          timer = setTimeout(() => {
            void navigateRef.current({ pathname, search: next })
          }, WRITE_DELAY_MS)
        },
        createURL: (route) => `${pathname}${searchOfRoute(route)}`,
        onUpdate: (callback) => {
          onUpdateRef.current = callback
        },
        dispose: () => {
          clearTimeout(timer)
          onUpdateRef.current = null
        },
      },
      stateMapping: createSearchStateMapping(priceAttribute),
    }
  })

  useEffect(() => {
    if (search === knownSearchRef.current) return
    knownSearchRef.current = search
    onUpdateRef.current?.(routeOfSearch(search))
  }, [search])

  return routing
}
