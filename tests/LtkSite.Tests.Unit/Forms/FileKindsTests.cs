using System.IO.Compression;
using System.Text;
using Cms.Forms.Services;

namespace LtkSite.Tests.Unit.Forms;

/// <summary>Uploads are told apart by their bytes: the kinds a form accepts, and what a renamed file really is.</summary>
public sealed class FileKindsTests
{
    [Fact]
    public void Each_accepted_kind_is_known_by_its_first_bytes()
    {
        Assert.Equal(FileKinds.Pdf, FileKinds.Detect(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n")));
        Assert.Equal(FileKinds.Png, FileKinds.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));
        Assert.Equal(FileKinds.Jpeg, FileKinds.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F']));
        Assert.Equal(FileKinds.Docx, FileKinds.Detect(Package("[Content_Types].xml", "word/document.xml")));
        Assert.Equal(FileKinds.Xlsx, FileKinds.Detect(Package("[Content_Types].xml", "xl/workbook.xml")));
    }

    [Fact]
    public void Text_a_plain_zip_and_an_executable_are_none_of_them_whatever_their_names_claim()
    {
        Assert.Null(FileKinds.Detect(Encoding.UTF8.GetBytes("Budget 2027: 59.800 kr.")));
        Assert.Null(FileKinds.Detect(Package("notes.txt")));
        Assert.Null(FileKinds.Detect([(byte)'M', (byte)'Z', 0x90, 0]));
        Assert.Equal(FileKinds.Pdf, FileKinds.ClaimedBy("Budget 2027.PDF"));
        Assert.Equal(FileKinds.Jpeg, FileKinds.ClaimedBy("foto.jpg"));
        Assert.Null(FileKinds.ClaimedBy("program.exe"));
    }

    [Theory]
    [InlineData("CprNumber", true)]
    [InlineData("CPR-nummer", true)]
    [InlineData("Personnummer", true)]
    [InlineData("Social security number", true)]
    [InlineData("Telefonnummer", false)]
    [InlineData("Projektets beskrivelse", false)]
    public void A_form_element_named_or_labelled_like_a_cpr_number_is_recognised(string text, bool isCpr) =>
        Assert.Equal(isCpr, CprRule.LooksLikeCpr(text));

    private static byte[] Package(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }
}
