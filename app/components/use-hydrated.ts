import { useEffect, useState } from 'react'

/** False in the server's HTML and until React has taken over the page: parts that need JavaScript wait for true. */
export function useHydrated() {
  const [isHydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return isHydrated
}
