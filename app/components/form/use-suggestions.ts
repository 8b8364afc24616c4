import { useEffect, useRef, useState } from 'react'

/**
 * Suggestions for a text field from a JSON resource route, fetched while typing (after a short
 * pause). Without JavaScript the list simply stays empty and the form works as before.
 */
export function useSuggestions<T>(url: (query: string) => string, pick: (json: unknown) => T[]) {
  const [items, setItems] = useState<T[]>([])
  /** The words the current items answer; null while nothing has been asked or the words are too short. */
  const [answered, setAnswered] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const controller = useRef<AbortController>()
  useEffect(() => () => {
    clearTimeout(timer.current)
    controller.current?.abort()
  }, [])
  const onQuery = (query: string) => {
    clearTimeout(timer.current)
    if (query.trim().length < 2) {
      setAnswered(null)
      return setItems([])
    }
    timer.current = setTimeout(() => {
      controller.current?.abort()
      controller.current = new AbortController()
      fetch(url(query), { signal: controller.current.signal })
        .then((response) => (response.ok ? response.json() : null))
        .then((json) => {
          setItems(json ? pick(json) : [])
          setAnswered(query)
        })
        .catch(() => {})
    }, 200)
  }
  return { items, answered, onQuery }
}
