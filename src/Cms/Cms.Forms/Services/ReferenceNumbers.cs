using System.Data.Common;
using System.Globalization;
using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cms.Forms.Services;

/// <summary>
/// Reference numbers like <c>LTK-2027-0042</c>: a prefix, the year, and a counter per prefix and year. The counter
/// is taken by one statement that inserts the year's row or adds one to it and returns the result (upsert with
/// RETURNING, the same SQL on SQLite and PostgreSQL), so two submissions at the same moment never get the same
/// number: PostgreSQL locks the row for the other, SQLite has one writer at a time (docs/decisions/0041).
/// </summary>
public sealed class ReferenceNumbers(LtkDbContext db)
{
    private const string Sql = """
        INSERT INTO "FormReferenceCounters" ("Prefix", "Year", "Last") VALUES (@prefix, @year, 1)
        ON CONFLICT ("Prefix", "Year") DO UPDATE SET "Last" = "FormReferenceCounters"."Last" + 1
        RETURNING "Last"
        """;

    /// <summary>The next number of the prefix in the year, inside the caller's transaction when there is one.</summary>
    public async Task<string> NextAsync(string prefix, int year, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, "@prefix", prefix);
            Add(command, "@year", year);
            var last = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return Format(prefix, year, last);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    public static string Format(string prefix, int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{number:0000}");

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
