import torch

A = torch.tensor([[1.0, 2.0], [0.0, 3.0]], dtype=torch.float64)


def g(x):
    return x.detach() @ A @ x


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
g(x).backward()
# autograd 把 u = x.detach() 当常数：d(uᵀAx)/dx = Aᵀu
print(x.grad)
#> tensor([1., 8.], dtype=torch.float64)
print(torch.allclose(x.grad, A.T @ x.detach()))
#> True

# 中心差分只看函数值；detach 不改变数值，所以量到的是 xᵀAx 的真梯度
h = 1e-6
numerical = torch.zeros(2, dtype=torch.float64)
for j in range(2):
    e = torch.zeros(2, dtype=torch.float64)
    e[j] = h
    numerical[j] = (g(x.detach() + e) - g(x.detach() - e)) / (2 * h)
print(numerical)
#> tensor([ 6.0000, 14.0000], dtype=torch.float64)
print(torch.allclose(numerical, (A + A.T) @ x.detach()))
#> True

# 差出来的正是被切断的那条路径（左边的 x）贡献的 Ax
print(torch.allclose(numerical - x.grad, A @ x.detach()))
#> True
