using FocalPoints.Application.Outcomes;

namespace FocalPoints.Application.Tests.Outcomes;

public class OutcomeTests
{
    [Fact]
    public void A_success_has_its_value_and_no_failure()
    {
        Outcome<string> outcome = "value";

        Assert.Null(outcome.Failure);
        Assert.Equal("value", outcome.Value);
    }

    [Fact]
    public void A_failure_has_no_value()
    {
        Outcome<string> outcome = new NotFound("There is no cycle c1.");

        Assert.Equal("There is no cycle c1.", Assert.IsType<NotFound>(outcome.Failure).Detail);
        Assert.Throws<InvalidOperationException>(() => outcome.Value);
    }

    [Fact]
    public void Null_is_a_value_when_made_explicitly()
    {
        Outcome<string?> outcome = Outcome.Of<string?>(null);

        Assert.Null(outcome.Failure);
        Assert.Null(outcome.Value);
    }

    [Fact]
    public void One_invalid_field_is_reported_at_its_path()
    {
        Invalid invalid = Invalid.At("$.countries[0]", "Unknown.");

        Assert.Equal(Invalid.DefaultDetail, invalid.Detail);
        Assert.Equal(["Unknown."], invalid.Errors.ToDictionary()["$.countries[0]"]);
    }
}
