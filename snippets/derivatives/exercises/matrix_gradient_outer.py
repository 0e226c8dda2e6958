import torch

torch.manual_seed(0)
# s = wᵀAx：A 是 2×3（m = 2、n = 3），这回 A 也是要求梯度的变量
A = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)
w = torch.randn(2, dtype=torch.float64)

# backward(gradient=w) 求的正是 wᵀ(Ax) 的梯度：A 和 x 的梯度一次都得到
(A @ x).backward(gradient=w)
print(A.grad.shape)
#> torch.Size([2, 3])

# 手推：∂s/∂A_ij = w_i·x_j，排成与 A 同形的矩阵就是外积 w xᵀ
print(torch.allclose(A.grad, torch.outer(w, x.detach())))
#> True
# 对 x 的梯度是表格里的 Aᵀw
print(torch.allclose(x.grad, A.detach().T @ w))
#> True

# gradcheck 用数值差分核对对 A 的梯度（x 当作常数）
print(torch.autograd.gradcheck(lambda A: w @ (A @ x.detach()), (A,)))
#> True
