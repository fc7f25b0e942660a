/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { lazy, Suspense } from "react";
import { LoadFailure } from "../../src/taskpane/LoadFailure";

it("a part that cannot be fetched says so and offers to load the page again", async () => {
  // React reports the caught error on the console; that report is expected here.
  const report = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const Broken = lazy(() => Promise.reject(new Error("Loading chunk 735 failed.")));
  render(
    <LoadFailure>
      <Suspense>
        <Broken />
      </Suspense>
    </LoadFailure>,
  );
  expect(
    await screen.findByText("Een onderdeel van SOP Assistent kon niet worden geladen"),
  ).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Opnieuw laden" })).toBeInTheDocument();
  report.mockRestore();
});
