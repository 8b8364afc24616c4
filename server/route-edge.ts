import type { ActionFunction, ActionFunctionArgs, LoaderFunction, LoaderFunctionArgs, ServerBuild } from '@remix-run/node'
import { errorPage, errorResource, formFailure, isFormRefusal } from '../app/utils/error-responses.server'
import { AppError } from '../app/utils/errors'
import { CORS_HEADERS } from '../app/http/api-response'
import { checkAddress, readEdgeForm, RefusedForm } from '../app/utils/request-edge.server'

/*
 * Every loader and action of the build runs behind this edge, so no route can forget it:
 * - the address is checked (no control characters in the query or the path parameters);
 * - an action's form is read once, within limits, and handed on cleaned (see request-edge.server.ts);
 * - a typed error (NotFound, Forbidden, Invalid, …) becomes its 4xx answer in one place: a refused
 *   form goes back to the page with its field errors, anything else is the error page (or, for a
 *   resource route, a small JSON body).
 * Other errors pass through untouched: Remix answers 500 and entry.server logs them with the request id.
 */

interface Shape {
  /** A page renders an ErrorBoundary; a resource route (no component) answers with a bare Response. */
  isPage: boolean
  /** The root loader runs for every page, even one whose address is refused, so the error page keeps its language. */
  isRoot: boolean
}

function answerTo(error: unknown, { isPage }: Shape, form?: FormData): unknown {
  if (isPage && isFormRefusal(error)) return formFailure(error, error instanceof RefusedForm ? error.form : form)
  if (error instanceof AppError) throw isPage ? errorPage(error) : errorResource(error)
  throw error
}

/** Partners' pages read the public API from the browser, so its refusals must be readable cross-origin too. */
function resourceAnswer(error: AppError, request: Request): Response {
  const response = errorResource(error)
  if (new URL(request.url).pathname.startsWith('/api/v1/')) for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value)
  return response
}

function guardLoader(loader: LoaderFunction, shape: Shape): LoaderFunction {
  return async (args: LoaderFunctionArgs) => {
    try {
      if (!shape.isRoot) checkAddress(args.request, args.params)
      return await loader(args)
    } catch (error) {
      if (error instanceof AppError) throw shape.isPage ? errorPage(error) : resourceAnswer(error, args.request)
      throw error
    }
  }
}

function guardAction(action: ActionFunction, shape: Shape): ActionFunction {
  return async (args: ActionFunctionArgs) => {
    let form: FormData | undefined
    try {
      if (!shape.isRoot) checkAddress(args.request, args.params)
      const read = await readEdgeForm(args.request)
      form = read.form
      return await action({ ...args, request: read.request })
    } catch (error) {
      return answerTo(error, shape, form)
    }
  }
}

/** One route module with its loader and action behind the edge. */
export function guardRouteModule<M extends { loader?: unknown; action?: unknown; default?: unknown }>(module: M, id = 'routes/x'): M {
  const shape: Shape = { isPage: typeof module.default === 'function', isRoot: id === 'root' }
  return {
    ...module,
    ...(module.loader ? { loader: guardLoader(module.loader as LoaderFunction, shape) } : {}),
    ...(module.action ? { action: guardAction(module.action as ActionFunction, shape) } : {}),
  }
}

export function withRouteEdge(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(Object.entries(build.routes).map(([id, route]) => [id, { ...route, module: guardRouteModule(route.module, id) }]))
  return { ...build, routes }
}
