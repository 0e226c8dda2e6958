import torch

A = torch.tensor([[1.0, 2.0], [0.0, 3.0]], dtype=torch.float64)


# 数值上与 xᵀAx 一模一样，只是左边那个 x 被 detach 了
def g(x):
    return x.detach() @ A @ x


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(g(x).item())
#> 17.0

torch.autograd.gradcheck(g, (x,))
#> torch.autograd.gradcheck.GradcheckError: Jacobian mismatch for output 0 with respect to input 0,
#> numerical:tensor([[ 6.0000],
#>         [14.0000]], dtype=torch.float64)
#> analytical:tensor([[1.],
#>         [8.]], dtype=torch.float64)
