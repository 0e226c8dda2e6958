import torch

# A 故意取成不对称的；gradcheck 的数值差分需要 float64
A = torch.tensor([[1.0, 2.0], [0.0, 3.0]], dtype=torch.float64)


def f(x):
    return x @ A @ x


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
f(x).backward()
print(x.grad)
#> tensor([ 6., 14.], dtype=torch.float64)

# 手推的公式 (A + Aᵀ)x
by_hand = (A + A.T) @ x.detach()
print(by_hand)
#> tensor([ 6., 14.], dtype=torch.float64)
print(torch.allclose(x.grad, by_hand))
#> True
# 常见的错答 2Ax 只在 A 对称时成立
print(torch.allclose(x.grad, 2 * A @ x.detach()))
#> False

# gradcheck 在这一点用数值差分核对 autograd
print(torch.autograd.gradcheck(f, (x,)))
#> True
