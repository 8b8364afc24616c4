/** Unknown URLs: a 404 inside the layout, so the page keeps the visitor's language and title. */
export function loader() {
  throw new Response('Not Found', { status: 404 })
}

export default function NotFound() {
  return null
}
