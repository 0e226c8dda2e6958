import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
torch.relu(x).sum().backward()

# x = 0 处 PyTorch 取 0，这是 [0, 1] 中的一个
print(x.grad)
#> tensor([0., 0., 1.])
