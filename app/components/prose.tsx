/**
 * Renders dictionary text: blank lines separate paragraphs, and a block whose lines all start with
 * "- " becomes a list. Plain text only, so dictionary entries can never inject markup.
 */
export function Prose({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/)
  return (
    <>
      {blocks.map((block, index) => {
        const lines = block.split('\n')
        if (lines.every((line) => line.startsWith('- '))) {
          return (
            <ul key={index}>
              {lines.map((line, item) => (
                <li key={item}>{line.slice(2)}</li>
              ))}
            </ul>
          )
        }
        return <p key={index}>{lines.join(' ')}</p>
      })}
    </>
  )
}
